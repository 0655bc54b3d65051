class A:
    @property
    def x(self):
        return 1

del A().x   # raises: AttributeError: property 'x' of 'A' object has no deleter
