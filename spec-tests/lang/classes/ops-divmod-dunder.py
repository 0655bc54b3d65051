class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)

print(divmod(D(), 3))   # expect: ('divmod', 3)
print(divmod(3, D()))   # expect: ('rdivmod', 3)
