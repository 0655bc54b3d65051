x = "global"
class A:
    x = "class"
    y = x + "!"
    def f(self):
        return x
print(A.y, A().f())   # expect: class! global
class B:
    items = [1, 2]
    total = sum(items)
print(B.total, B.__qualname__, B.f.__qualname__ if hasattr(B, "f") else "-")   # expect: 3 B -
