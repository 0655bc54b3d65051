class L(list):
    def __len__(self):
        print("len")
        return list.__len__(self)
match L([1, 2]):
    case [1]: print("one")
    case [_, _]: print("two")
# expect: len
# expect: len
# expect: two
