class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

# expect: prepare A {'option': True}
class A(metaclass=Recording, option=True):
    seen = injected + 1

print(A.injected, A.seen)   # expect: 1 2
