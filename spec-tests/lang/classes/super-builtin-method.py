class Tracker(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __repr__(self):
        return "Tracker" + super().__repr__()

t = Tracker()
t["a"] = 1   # expect: set a
print(t)   # expect: Tracker{'a': 1}
