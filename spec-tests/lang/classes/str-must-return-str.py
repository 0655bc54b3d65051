class A:
    def __str__(self):
        return 42

print(repr(A()).startswith("<"))   # expect: True
str(A())   # raises: TypeError: __str__ returned non-string (type int)
