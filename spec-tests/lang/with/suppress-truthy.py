# Any true result of __exit__ swallows the exception.
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        return self.value
for value in (True, 1, "yes", [0], 2.5, object):
    with Returns(value):
        raise ValueError(value)
    print("swallowed by", repr(value) if value is not object else "a class")

# expect: swallowed by True
# expect: swallowed by 1
# expect: swallowed by 'yes'
# expect: swallowed by [0]
# expect: swallowed by 2.5
# expect: swallowed by a class
