class U:
    def __invert__(self):
        return "invert"

print(~U())   # expect: invert
~object()   # raises: TypeError: bad operand type for unary ~: 'object'
