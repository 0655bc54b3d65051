flag = False
match 1:
    case 2: print("two")
    case _ if flag: print("guarded default")
print("after")
# expect: after
