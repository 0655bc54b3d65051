# update and difference_update read an iterable item by item: when the
# iterator raises part-way, the keys before it are already added or deleted.
# The methods that build a new set (or a temporary one) leave the set as it was.
class Failing:
    def __init__(self, items):
        self.items = list(items)
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == len(self.items):
            raise ValueError('stop')
        self.n += 1
        return self.items[self.n - 1]


for name in ['update', 'difference_update', 'intersection_update', 'symmetric_difference_update',
             'union', 'difference', 'intersection', 'symmetric_difference', 'issubset']:
    s = {1, 2, 3}
    it = Failing([1, 5])
    try:
        getattr(s, name)(it)
    except ValueError:
        print(name, sorted(s), it.n)
# expect: update [1, 2, 3, 5] 2
# expect: difference_update [2, 3] 2
# expect: intersection_update [1, 2, 3] 2
# expect: symmetric_difference_update [1, 2, 3] 2
# expect: union [1, 2, 3] 2
# expect: difference [1, 2, 3] 2
# expect: intersection [1, 2, 3] 2
# expect: symmetric_difference [1, 2, 3] 2
# expect: issubset [1, 2, 3] 2
s = {1, 2}
s.update(Failing([[]]))   # raises: TypeError: unhashable type: 'list'
