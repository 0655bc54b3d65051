class Low(Exception):
    pass

class High(Exception):
    pass

def thrower():
    raise Low("deep")

def middle():
    try:
        thrower()
    except Low as inner:
        raise High("wrapped") from inner   # raises: High: wrapped

try:
    middle()
except High as h:
    print(h, "<-", h.__cause__, h.__context__ is h.__cause__)   # expect: wrapped <- deep True
    print(type(h.__cause__).__name__, h.__suppress_context__)   # expect: Low True
middle()
