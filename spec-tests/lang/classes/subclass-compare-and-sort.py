# Comparisons and sorts of int, float and str subclasses go through their
# own __lt__/__eq__: only the exact built-in types take the inline paths
# (CPython's COMPARE_OP specialisations and list.sort's pre-check).
class I(int):
    def __lt__(self, o):
        return int(self) > int(o)
class F(float):
    def __lt__(self, o):
        return float(self) > float(o)
class S(str):
    def __lt__(self, o):
        return str(self) > str(o)
print(I(1) < I(3), I(1) < 3, F(1.5) < 2.0, S('a') < 'b')  # expect: False False False False
print(sorted([I(1), I(3), I(2)]), sorted([F(1.0), F(3.0), F(2.0)]), sorted([S('a'), S('c'), S('b')]))  # expect: [3, 2, 1] [3.0, 2.0, 1.0] ['c', 'b', 'a']
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'a', 'c'], reverse=True), sorted([2, 1, 3], key=lambda v: -v))  # expect: [3, 2, 1] ['c', 'b', 'a'] [3, 2, 1]
print(sorted([1, True, 1.0, 0, False]), sorted([1.0, True, 1], reverse=True))  # expect: [0, False, 1, True, 1.0] [1.0, True, 1]
print(sorted([2**70, -1, 2**63, 0, -2**63 - 1]), sorted(['é', 'e', 'z', 'É', '']))  # expect: [-9223372036854775809, -1, 0, 9223372036854775808, 1180591620717411303424] ['', 'e', 'z', 'É', 'é']
xs = [5, 3, 5, 1]
ys = sorted(xs)
print(ys, ys[2] is xs[0] or ys[2] is xs[2])  # expect: [1, 3, 5, 5] True
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))  # expect: [3.0, nan, 1.0, 2.0] [nan, 1.0, 2.0]
class E(int):
    def __eq__(self, o):
        return 'eq'
print(E(1) == 1, E(1) != 1)  # expect: eq False
