class ME(Exception):
    pass

class ME2(Exception):
    pass

def f():
    try:
        raise ME("in f")
    except ME:
        return "returned from handler"
    finally:
        print("finally in f")

# expect: finally in f
# expect: returned from handler
print(f())
try:
    try:
        raise ME("first")
    finally:
        print("inner finally")   # expect: inner finally
except ME as e:
    print("outer got", e)   # expect: outer got first
try:
    try:
        raise ME("one")
    except ME:
        raise ME2("two")
except ME2 as e:
    print(repr(e), repr(e.__context__))   # expect: ME2('two') ME('one')
errors = (ME, KeyError)
try:
    raise ME2()
except errors:
    print("wrong")
except Exception as e:
    print("dynamic tuple missed", type(e).__name__)   # expect: dynamic tuple missed ME2
for cls in (ME, ME2):
    try:
        raise cls
    except Exception as e:
        # expect: ME ()
        # expect: ME2 ()
        print(type(e).__name__, e.args)
else:
    print("loop else")   # expect: loop else
try:
    pass
except ME:
    pass
else:
    print("try else")   # expect: try else
