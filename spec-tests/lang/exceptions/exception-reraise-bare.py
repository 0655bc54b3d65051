class E(Exception):
    pass

def f():
    try:
        raise E("inner")   # raises: E: inner
    except E:
        print("handling, re-raising")
        raise

try:
    f()   # expect: handling, re-raising
except E as e:
    print("outer caught", e)   # expect: outer caught inner
f()   # expect: handling, re-raising
