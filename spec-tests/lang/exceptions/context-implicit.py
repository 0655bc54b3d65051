class Second(Exception):
    pass

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise Second("second")
except Second as e:
    print(repr(e.__context__))   # expect: KeyError('first')
    print(e.__cause__, e.__suppress_context__)   # expect: None False
    print(e.__context__.__context__)   # expect: None
