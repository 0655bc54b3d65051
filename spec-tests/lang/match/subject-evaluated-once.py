def subject():
    print("evaluating subject")
    return 3
match subject():
    case 1: pass
    case 2: pass
    case 3: print("three")
# expect: evaluating subject
# expect: three
