class Doubler:
    def __call__(self, x):
        return x * 2

class A:
    __neg__ = Doubler()
    __add__ = Doubler()
    __len__ = len

print(A() + 21)   # expect: 42
try:
    -A()
except TypeError as e:
    print(e)   # expect: Doubler.__call__() missing 1 required positional argument: 'x'
try:
    len(A())
except TypeError as e:
    print(e)   # expect: len() takes exactly one argument (0 given)

class B:
    __call__ = Doubler()
print(B()(5))   # expect: 10
