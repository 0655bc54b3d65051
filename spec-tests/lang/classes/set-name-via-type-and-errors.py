class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
T = type("T", (), {"a": Named(), "b": 1})   # expect: set_name T a
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class X:
        attr = Bad()
except RuntimeError as e:
    print(e)   # expect: Error calling __set_name__ on 'Bad' instance 'attr' in 'X'
    print(repr(e.__cause__))   # expect: ValueError('bad name attr')
except ValueError as e:
    print("3.12 style", e)
class NotCallable:
    __set_name__ = 5
try:
    class Y:
        z = NotCallable()
except Exception as e:
    print(type(e).__name__, e)   # expect: RuntimeError Error calling __set_name__ on 'NotCallable' instance 'z' in 'Y'
