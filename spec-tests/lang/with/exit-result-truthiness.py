# Any true result of __exit__ swallows the exception; a false one (None,
# 0, '', [], False, 0.0) lets it go on.
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
for value in (None, 0, "", [], False, 0.0):
    try:
        with Returns(value):
            raise KeyError(repr(value))
    except KeyError as e:
        print("re-raised", e)

# expect: swallowed by True
# expect: swallowed by 1
# expect: swallowed by 'yes'
# expect: swallowed by [0]
# expect: swallowed by 2.5
# expect: swallowed by a class
# expect: re-raised 'None'
# expect: re-raised '0'
# expect: re-raised "''"
# expect: re-raised '[]'
# expect: re-raised 'False'
# expect: re-raised '0.0'
