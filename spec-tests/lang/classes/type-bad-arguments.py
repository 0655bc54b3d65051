for args in [("A", 1, {}), ("A", (), []), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        # expect: type.__new__() argument 2 must be tuple, not int
        # expect: type.__new__() argument 3 must be dict, not list
        # expect: type.__new__() argument 1 must be str, not int
        print(e)
type("A", ())   # raises: TypeError: type() takes 1 or 3 arguments
