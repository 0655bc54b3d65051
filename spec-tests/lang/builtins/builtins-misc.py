print(list(zip([1,2],[3,4], strict=True)))
try: list(zip([1,2],[3], strict=True))
except ValueError as e: print(e)
it = iter([1,2,3,None,5].pop, 3); print(list(it))
class R:
    def __round__(self, n=None): return ("r", n)
print(round(R()), round(R(), 2), round(2.675, 2), round(-0.5), round(25, -1))
print(pow(3, -1, 7), pow(2, 10, 1000), pow(-8, 1/3) if False else pow(2, -2))
try: pow(2, -1, 4)
except ValueError as e: print(e)
print(format(3.14159, ".2f"), format(42, "x"), ascii("héllo"))
d = {"a": 1, "b": 2}
pass
print(d | {"c": 3}); d |= {"d": 4}; print(d)
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])), list(filter(None, [0, 1, "", "a"])))
l = [1, 2, 3, 4]; l[1:3] = "xyz"; print(l); l[::2] = [0, 0, 0]; print(l)
try: l[::2] = [1]
except ValueError as e: print(e)
print((-8) ** 0.5 if False else complex(1, 2) * 2, 1j ** 2)
import sys
print(sys.get_int_max_str_digits())
try: int("1" * 5000)
except ValueError as e: print(e)
print(divmod(-7, 2), abs(-3.5), max([], default=0), min(3, 1, key=lambda x: -x))
print(sorted({3: 'a', 1: 'b'}.items()), reversed(range(3)).__class__.__name__)
print(callable(len))

# expect: [(1, 3), (2, 4)]
# expect: zip() argument 2 is shorter than argument 1
# expect: [5, None]
# expect: ('r', None) ('r', 2) 2.67 0 20
# expect: 5 24 0.25
# expect: base is not invertible for the given modulus
# expect: 3.14 2a 'h\xe9llo'
# expect: {'a': 1, 'b': 2, 'c': 3}
# expect: {'a': 1, 'b': 2, 'd': 4}
# expect: {'a': 0, 'b': 0} {1: None, 2: None}
# expect: [4, 6] [1, 'a']
# expect: [1, 'x', 'y', 'z', 4]
# expect: [0, 'x', 0, 'z', 0]
# expect: attempt to assign sequence of size 1 to extended slice of size 3
# expect: (2+4j) (-1+0j)
# expect: 4300
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: (-4, 1) 3.5 0 3
# expect: [(1, 'b'), (3, 'a')] range_iterator
# expect: True
