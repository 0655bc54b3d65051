# aiter and anext call __aiter__ and __anext__.
class AI:
    def __aiter__(self):
        print('aiter')
        return self
    def __anext__(self):
        return 'next value'
a = AI()
print(aiter(a) is a)
print(anext(a))
# expect: aiter
# expect: True
# expect: next value
