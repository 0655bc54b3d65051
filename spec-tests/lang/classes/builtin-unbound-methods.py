print(list.append, int.__add__(2, 3), str.join(",", ["a", "b"]))   # expect: <method 'append' of 'list' objects> 5 a,b
append = list.append
items = []
append(items, 1)
print(items, dict.fromkeys("ab"), str.upper("x"))   # expect: [1] {'a': None, 'b': None} X
