# A with inside try/finally, a return in the with: exit, then finally.
class M:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
def f():
    try:
        with M():
            print("body")
            return "value"
    finally:
        print("finally")
print(f())
def g():
    with M():
        try:
            return "inner"
        finally:
            print("inner finally")
print(g())

# expect: enter
# expect: body
# expect: exit
# expect: finally
# expect: value
# expect: enter
# expect: inner finally
# expect: exit
# expect: inner
