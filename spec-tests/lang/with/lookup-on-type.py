# __enter__/__exit__ set on the instance are ignored; the class's are used.
class M:
    def __enter__(self):
        return "class enter"
    def __exit__(self, *a):
        print("class exit")
m = M()
m.__enter__ = lambda: "instance enter"
m.__exit__ = lambda *a: print("instance exit")
with m as v:
    print(v)
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print(e)

# expect: class enter
# expect: class exit
# expect: 'Plain' object does not support the context manager protocol
