# eval runs a code object of any mode and returns what it returns.
print(eval(compile('x + 1', 's', 'eval'), {'x': 1}))
print(eval(compile('x = 1', 's', 'exec')))
print(x)
# expect: 2
# expect: None
# expect: 1
