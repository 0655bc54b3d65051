class A:
    def __len__(self):
        return 2.5

print(len([]))   # expect: 0
len(A())   # raises: TypeError: 'float' object cannot be interpreted as an integer
