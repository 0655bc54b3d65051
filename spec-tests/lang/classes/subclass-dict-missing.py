class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"

d = Defaulting(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"))   # expect: 1 <b> False None
