class A:
    x = 1

d = A.__dict__
print(type(d).__name__, d["x"], "x" in d, len(d) > 0)   # expect: mappingproxy 1 True True
try:
    d["y"] = 2
except TypeError as e:
    print(e)   # expect: 'mappingproxy' object does not support item assignment
A.__dict__["z"] = 3   # raises: TypeError: 'mappingproxy' object does not support item assignment
