# with in a class body stores names in the class namespace.
class M:
    def __enter__(self):
        return 10
    def __exit__(self, *a):
        print("exit in class body")
class C:
    with M() as size:
        doubled = size * 2
print(C.size, C.doubled)

# expect: exit in class body
# expect: 10 20
