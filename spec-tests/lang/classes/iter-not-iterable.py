class A:
    pass

for x in A():   # raises: TypeError: 'A' object is not iterable
    pass
