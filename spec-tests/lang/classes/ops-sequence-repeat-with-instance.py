class Three:
    def __rmul__(self, other):
        return other * 3

print([1] * Three())   # expect: [1, 1, 1]
print("ab" * Three())   # expect: ababab
(1,) * object()   # raises: TypeError: can't multiply sequence by non-int of type 'object'
