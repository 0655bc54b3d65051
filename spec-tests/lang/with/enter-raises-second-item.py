# The second manager's __enter__ fails inside the first one's protection.
class Good:
    def __enter__(self):
        print("enter good")
    def __exit__(self, kind, exc, tb):
        print("exit good", kind.__name__, exc)
class Bad:
    def __enter__(self):
        raise ValueError("bad enter")
    def __exit__(self, *a):
        print("never")
try:
    with Good(), Bad():
        print("never")
except ValueError as e:
    print("caught", e)

# expect: enter good
# expect: exit good ValueError bad enter
# expect: caught bad enter
