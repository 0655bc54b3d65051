class A:
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print("A.__gt__")
        return NotImplemented

class B:
    def __gt__(self, other):
        print("B.__gt__")
        return "B says yes"
    def __lt__(self, other):
        print("B.__lt__")
        return NotImplemented

# expect: A.__lt__
# expect: B.__gt__
# expect: B says yes
print(A() < B())
# expect: B.__lt__
# expect: A.__gt__
print(B() < A())   # raises: TypeError: '<' not supported between instances of 'B' and 'A'
