class A:
    def __hash__(self):
        return "nope"

hash(A())   # raises: TypeError: __hash__ method should return an integer
