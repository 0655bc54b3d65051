# exec runs statements for their effects and returns None.
print(exec('y = 2'))
print(y)
exec('for i in range(3):\n    print(i)')
# expect: None
# expect: 2
# expect: 0
# expect: 1
# expect: 2
