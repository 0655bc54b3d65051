class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

m = Money(5)
print(m, m + 1, type(m + 1).__name__, isinstance(m, int))   # expect: Money(5) 6 int True
print(Money("12"), hash(Money(7)) == hash(7), Money(3) == 3)   # expect: Money(12) True True
print([k.__name__ for k in Money.__mro__])   # expect: ['Money', 'int', 'object']
