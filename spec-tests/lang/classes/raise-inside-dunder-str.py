class A:
    def __str__(self):
        raise ValueError("from __str__")   # raises: ValueError: from __str__

print("start")   # expect: start
str(A())
