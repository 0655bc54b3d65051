# Any mapping may serve as eval's locals.
class M:
    def __getitem__(self, k):
        if k == 'q':
            return 42
        raise KeyError(k)
print(eval('q + 1', {}, M()))
# expect: 43
