class S:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return key

s = S()
print(s[1:5:2], s[:3], s[::], s[-1])   # expect: (1, 5, 2) (None, 3, None) (None, None, None) -1
print(type(s[1:2]).__name__)   # expect: tuple
