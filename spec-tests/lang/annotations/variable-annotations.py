x: int = 1
y: "str"
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print(e)
class A:
    a: int
    b: list = []
    __hidden: int = 0
    def method(self):
        self.attr: int = 5
        local: float = 1.5
        return local
print(A.__annotations__)
print(A().method())
print(hasattr(A, "a"))
import sys
d = {}
d["k"]: int = 1
print(d)
def f():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())

# expect: {'x': <class 'int'>, 'y': 'str'}
# expect: 1
# expect: name 'y' is not defined
# expect: {'a': <class 'int'>, 'b': <class 'list'>, '_A__hidden': <class 'int'>}
# expect: 1.5
# expect: False
# expect: {'k': 1}
# expect: cannot access local variable 'z' where it is not associated with a value
