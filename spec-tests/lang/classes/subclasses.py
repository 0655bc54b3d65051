# type.__subclasses__(): the live classes naming a class as a base,
# oldest first; a class that is freed leaves the list.
import gc
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
t(lambda: A.__subclasses__())  # expect: [<class '__main__.B'>, <class '__main__.C'>]
t(lambda: (B.__subclasses__(), C.__subclasses__(), D.__subclasses__()))  # expect: ([<class '__main__.D'>], [<class '__main__.D'>], [])
del D
gc.collect()
t(lambda: (B.__subclasses__(), C.__subclasses__()))  # expect: ([], [])
def make():
    class Temp(A): pass
    return len(A.__subclasses__())
t(make)  # expect: 3
gc.collect()
t(lambda: A.__subclasses__())  # expect: [<class '__main__.B'>, <class '__main__.C'>]
t(lambda: type.__subclasses__(A))  # expect: [<class '__main__.B'>, <class '__main__.C'>]
t(lambda: A.mro())  # expect: [<class '__main__.A'>, <class 'object'>]
