# If __enter__ raises, the body is skipped and __exit__ is not called.
class M:
    def __enter__(self):
        print("enter")
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit (never)")
try:
    with M():
        print("body (never)")
except RuntimeError as e:
    print("caught", e)

# expect: enter
# expect: caught enter failed
