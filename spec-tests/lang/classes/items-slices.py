class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1:2])   # expect: slice(1, 2, None)
print(s[::3])   # expect: slice(None, None, 3)
print(s[1:2, ::-1])   # expect: (slice(1, 2, None), slice(None, None, -1))
print(s[...])   # expect: Ellipsis
print(s[:])   # expect: slice(None, None, None)
