# An exception not swallowed by __exit__ reaches the enclosing except.
class M:
    def __enter__(self):
        print("enter")
    def __exit__(self, kind, exc, tb):
        print("exit sees", kind.__name__ if kind else None)
        return False
try:
    with M():
        int("x")
except ValueError as e:
    print("except:", e)
try:
    with M():
        pass
except ValueError:
    print("never")
else:
    print("else")

# expect: enter
# expect: exit sees ValueError
# expect: except: invalid literal for int() with base 10: 'x'
# expect: enter
# expect: exit sees None
# expect: else
