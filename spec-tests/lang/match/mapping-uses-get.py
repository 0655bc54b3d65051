class D(dict):
    def get(self, key, default=None):
        print("get", key, type(default).__name__)
        return dict.get(self, key, default)
    def __getitem__(self, key):
        print("getitem", key)
        return dict.__getitem__(self, key)
match D(a=1, b=2):
    case {"a": 1, "c": _}: print("c?")
    case {"b": v}: print("b", v)
# expect: get a object
# expect: get c object
# expect: get b object
# expect: b 2
