class T(tuple): pass
class MyList(list): pass
match T((1, 2)):
    case [a, b]: print("tuple subclass", a, b)
match MyList([3]):
    case [x]: print("list subclass", x)
# expect: tuple subclass 1 2
# expect: list subclass 3
