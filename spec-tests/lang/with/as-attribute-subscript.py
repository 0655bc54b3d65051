# Attribute and subscript targets are stored inside the protected region.
class M:
    def __enter__(self):
        return 7
    def __exit__(self, *a):
        print("exit", a[0])
class Box:
    pass
box = Box()
d = {}
with M() as box.value, M() as d["k"]:
    print(box.value, d)

# expect: 7 {'k': 7}
# expect: exit None
# expect: exit None
