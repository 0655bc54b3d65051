class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]   # raises: KeyError: 'missing'
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

s = Store()
s["a"] = 1   # expect: set a 1
s[1, 2] = "tuple key"   # expect: set (1, 2) tuple key
# expect: get a
# expect: get (1, 2)
# expect: 1 tuple key
print(s["a"], s[1, 2])
del s["a"]   # expect: del a
print(s.data)   # expect: {(1, 2): 'tuple key'}
s["missing"]   # expect: get missing
