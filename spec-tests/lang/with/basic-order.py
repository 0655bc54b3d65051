# The body runs between __enter__ and __exit__, which gets three Nones.
class M:
    def __enter__(self):
        print("enter")
    def __exit__(self, *args):
        print("exit", args)
with M():
    print("body")
print("after")

# expect: enter
# expect: body
# expect: exit (None, None, None)
# expect: after
