d = {"a": 1, "b": 2}
print(d.keys() & {"a", "c"}, d.keys() | {"z"} == {"a", "b", "z"}, d.items() - {("a", 1)}, d.keys() ^ {"b", "q"} == {"a", "q"})
print({"a", "x"} & d.keys(), ["b"] - d.keys() if False else None, {"q"} | d.keys() == {"q", "a", "b"})
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
d["c"] = 3
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("a" in k, 3 in v, ("c", 3) in i, ("c", 4) in i, "zz" in k, [1] in i)
print(k == {"a", "b", "c"}, k != {"a"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k >= {"a"}, i == i, v == v)
print(k.isdisjoint({"q"}), k.isdisjoint(["a"]), k.mapping["a"], list(reversed(d.keys())) if hasattr(k, "__reversed__") else "no reversed")
it = iter(k); next(it)
d["new"] = 0
try: next(it)
except RuntimeError as e: print(e)
print(sorted(d.items()), dict(d.items()) == d, set(d.values()))
print(k == ["a", "b", "c", "new"], k.__class__ is type({}.keys()))
e = {}
print(e.keys(), e.values(), e.items(), bool(e.keys()), bool(d.keys()))
for key, val in d.items(): pass
print(key, val)
x, y, *rest = d.values(); print(x, y, rest)
try: hash(d.keys())
except TypeError as e: print(e)
print(max(d.values()), min(d), sum(d.values()))

# expect: {'a'} True {('b', 2)} True
# expect: {'a'} None True
# expect: dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# expect: dict_keys dict_values dict_items
# expect: ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] 3 3 3
# expect: True True True False False False
# expect: True True True False True True True
# expect: True False 1 ['c', 'b', 'a']
# expect: dictionary changed size during iteration
# expect: [('a', 1), ('b', 2), ('c', 3), ('new', 0)] True {0, 1, 2, 3}
# expect: False True
# expect: dict_keys([]) dict_values([]) dict_items([]) False True
# expect: new 0
# expect: 1 2 [3, 0]
# expect: unhashable type: 'dict_keys'
# expect: 3 a 6
