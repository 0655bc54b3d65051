class A:
    def __hash__(self):
        raise ValueError("from __hash__")   # raises: ValueError: from __hash__

print("start")   # expect: start
{A()}
