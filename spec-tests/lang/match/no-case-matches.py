match 99:
    case 1: print("one")
    case [x]: print("seq")
print("nothing matched, no error")
# expect: nothing matched, no error
