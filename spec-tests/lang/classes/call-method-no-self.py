class A:
    def f():
        return "no self"

print(A.f())   # expect: no self
A().f()   # raises: TypeError: A.f() takes 0 positional arguments but 1 was given
