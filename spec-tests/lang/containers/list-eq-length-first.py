# == and != on lists of different lengths answer at once; tuples compare items first.
calls = []
class Noisy:
    def __eq__(self, other):
        calls.append(other)
        return True
print([Noisy()] == [Noisy(), 1], [Noisy()] != [1, 2], calls)    # expect: False True []
print((Noisy(),) == (1, 2), len(calls))    # expect: False 1
print([Noisy(), 2] == [1, 2], [1] < [1, 0], len(calls))    # expect: True True 2
