class A:
    def __eq__(self, other):
        return True

print(A.__hash__)   # expect: None
print("__hash__" in A.__dict__)   # expect: True
try:
    hash(A())
except TypeError as e:
    print(e)   # expect: unhashable type: 'A'
{A(): 1}   # raises: TypeError: unhashable type: 'A'
