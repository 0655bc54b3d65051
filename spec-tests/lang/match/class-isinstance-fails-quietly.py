class A: pass
class B: pass
match B():
    case A(): print("A")
    case B(): print("B")
# expect: B
