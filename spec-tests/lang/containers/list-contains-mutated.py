# x in list reads the list again after each comparison: an item's __eq__ that shortens the list shortens the search.
xs = []
class Shrinks:
    def __eq__(self, other):
        if xs:
            xs.pop()
        return False
xs.extend([1, Shrinks(), 2, 3])
print(Shrinks() in xs, len(xs))    # expect: False 2
ys = [0, 1]
class Grows:
    def __eq__(self, other):
        if len(ys) < 5:
            ys.append(len(ys))
        return other == 4
print(Grows() in ys, ys)    # expect: True [0, 1, 2, 3, 4]
