for x in [None, True, False, 1, 0, 1.0]:
    match x:
        case None: print("None")
        case True: print("True")
        case False: print("False")
        case _: print("neither", x)
# expect: None
# expect: True
# expect: False
# expect: neither 1
# expect: neither 0
# expect: neither 1.0
