# The start and end of str.find and its kin, and of list.index and
# tuple.index, are read through __index__ (_PyEval_SliceIndex).
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
s = 'abcabc'
print(s.find('a', I(1)), s.rfind('a', I(0), I(3)), s.count('b', I(2)), s.index('c', I(-2)))  # expect: 3 0 1 5
print(s.startswith('bc', I(1)), s.endswith('ab', I(0), I(5)), s.rindex('b', None, I(4)))  # expect: True True 1
xs = [1, 2, 1, 2]
print(xs.index(1, I(1)), (1, 2, 1).index(1, I(1), I(3)))  # expect: 2 2
try:
    s.find('a', 1.5)
except TypeError as e:
    print(e)  # expect: slice indices must be integers or None or have an __index__ method
try:
    xs.index(2, 'x')
except TypeError as e:
    print(e)  # expect: slice indices must be integers or have an __index__ method
class Bad:
    def __index__(self):
        return 'no'
try:
    s.find('a', Bad())
except TypeError as e:
    print(e)  # expect: __index__ returned non-int (type str)
