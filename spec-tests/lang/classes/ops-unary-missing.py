class A:
    def __neg__(self):
        return 1

print(-A())   # expect: 1
abs(A())   # raises: TypeError: bad operand type for abs(): 'A'
