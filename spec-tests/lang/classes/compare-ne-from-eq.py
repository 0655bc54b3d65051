class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called")
        return isinstance(other, A) and self.v == other.v

# expect: eq called
# expect: False
print(A(1) != A(1))
# expect: eq called
# expect: True
print(A(1) != A(2))
