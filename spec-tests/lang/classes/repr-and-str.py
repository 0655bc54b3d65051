class A:
    def __repr__(self):
        return "A()"
class B(A):
    def __str__(self):
        return "a B"
print(A(), repr(B()), str(B()), [B()])   # expect: A() A() a B [A()]
print(f"{B()!r} {B()}")                  # expect: A() a B
