class AlwaysEqual:
    def __eq__(self, other): return True
match AlwaysEqual():
    case None: print("None?")
    case 5: print("equal to 5 by __eq__")
# expect: equal to 5 by __eq__
