class M(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
m = M(a=1)
match m:
    case {"zzz": v}: print("found", v)
    case {"a": v}: print("a", v, "keys", list(m))
# expect: a 1 keys ['a']
