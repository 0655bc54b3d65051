# A value's __repr__ changes the dict being printed: repr walks the entries
# by position, so what is added is printed and what is deleted is not.
class Adder:
    def __repr__(self):
        if len(d) < 4:
            d[len(d)] = len(d)
        return 'A'
d = {'a': Adder(), 'b': 2}
print(d)  # expect: {'a': A, 'b': 2, 2: 2}
print(d)  # expect: {'a': A, 'b': 2, 2: 2, 3: 3}
class Remover:
    def __repr__(self):
        e.pop('c', None)
        return 'R'
e = {'a': Remover(), 'c': 3, 'd': 4}
print(e)  # expect: {'a': R, 'd': 4}
f = {}
f['self'] = f
print(f)  # expect: {'self': {...}}
