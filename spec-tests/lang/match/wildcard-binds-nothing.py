match 5:
    case _: pass
try:
    _
except NameError as e:
    print(e)
# expect: name '_' is not defined
