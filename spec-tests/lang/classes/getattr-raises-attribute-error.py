class A:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(f"no {name} here")   # raises: AttributeError: no missing here

a = A()
print(a.ok_go)   # expect: go
print(getattr(a, "missing", "default"))   # expect: default
print(hasattr(a, "missing"))   # expect: False
a.missing
