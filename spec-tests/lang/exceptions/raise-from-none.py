class Clean(Exception):
    pass

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise Clean("replaced") from None
except Clean as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)   # expect: None ZeroDivisionError True
