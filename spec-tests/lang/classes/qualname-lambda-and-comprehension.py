class A:
    f = lambda self: 1
    def g(self):
        return (lambda: 0)

print(A.f.__qualname__)   # expect: A.<lambda>
print(A().g().__qualname__)   # expect: A.g.<locals>.<lambda>
print(A.g.__name__)   # expect: g
