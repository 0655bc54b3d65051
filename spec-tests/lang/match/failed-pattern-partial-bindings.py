match [1, 2]:
    case [x, 3]: print("no")
    case _: pass
try:
    print(x)
except NameError as e:
    print("partial match binds nothing:", e)
# expect: partial match binds nothing: name 'x' is not defined
