# Classes deriving from the immutable built-in types: instances are the
# base type's value plus a __dict__, and built-in operations give the base type.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class MyInt(int):
    def double(self): return self * 2
class MyF(float): pass
class MyT(tuple): pass
class MyS(str): pass
m = MyInt(21)
t(lambda: (m, m.double(), type(m).__name__))  # expect: (21, 42, 'MyInt')
t(lambda: type(m + 1).__name__)  # expect: int
t(lambda: type(int(m)).__name__)  # expect: int
t(lambda: type(+m).__name__)  # expect: int
t(lambda: type(abs(MyInt(-3))).__name__)  # expect: int
t(lambda: isinstance(m, int) and issubclass(MyInt, int))  # expect: True
t(lambda: m == 21 and hash(m) == hash(21))  # expect: True
t(lambda: {MyInt(1): 'a'}[1])  # expect: a
t(lambda: sorted([MyInt(3), 1, MyF(2)]))  # expect: [1, 2.0, 3]
m.tag = 'x'
t(lambda: (m.tag, m.__dict__))  # expect: ('x', {'tag': 'x'})
t(lambda: (MyF(1.5) * 2, MyF('2.5'), type(float(MyF(3))).__name__))  # expect: (3.0, 2.5, 'float')
t(lambda: (MyT((1, 2)), MyT([3]) + (4,), MyT((1, 2)) == (1, 2)))  # expect: ((1, 2), (3, 4), True)
t(lambda: type(tuple(MyT((1,)))).__name__)  # expect: tuple
s = MyS('hi')
t(lambda: (s, s.upper(), len(s), s == 'hi', hash(s) == hash('hi')))  # expect: ('hi', 'HI', 2, True, True)
t(lambda: type(str(s)).__name__)  # expect: str
t(lambda: type(s + 'x').__name__)  # expect: str
t(lambda: MyInt('7', 8))  # expect: 7
t(lambda: MyInt.__base__)  # expect: <class 'int'>
t(lambda: MyInt.__mro__)  # expect: (<class '__main__.MyInt'>, <class 'int'>, <class 'object'>)
