class A:
    def __len__(self):
        return 2**100

len(A())   # raises: OverflowError: cannot fit 'int' into an index-sized integer
