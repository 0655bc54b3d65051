class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

d = Upper()
d["x"] = 1
print(d, dict(d))   # expect: {'X': 1} {'X': 1}
