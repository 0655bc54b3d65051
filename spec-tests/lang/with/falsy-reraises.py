# A false result (None, 0, '', [], False) lets the exception go on.
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        return self.value
for value in (None, 0, "", [], False, 0.0):
    try:
        with Returns(value):
            raise KeyError(repr(value))
    except KeyError as e:
        print("re-raised", e)

# expect: re-raised 'None'
# expect: re-raised '0'
# expect: re-raised "''"
# expect: re-raised '[]'
# expect: re-raised 'False'
# expect: re-raised '0.0'
