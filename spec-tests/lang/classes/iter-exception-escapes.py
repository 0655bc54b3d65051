class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("broken iterator")   # raises: KeyError: 'broken iterator'

try:
    list(Bad())
except KeyError as e:
    print("caught", e)   # expect: caught 'broken iterator'
for x in Bad():
    pass
