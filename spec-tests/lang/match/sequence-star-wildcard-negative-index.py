class Seq(list):
    def __getitem__(self, i):
        print("index", i)
        return list.__getitem__(self, i)
match Seq([10, 20, 30, 40]):
    case [a, *_, b, c]:
        print(a, b, c)
# expect: index 0
# expect: index 2
# expect: index 3
# expect: 10 30 40
