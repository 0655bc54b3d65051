class Account:
    def __init__(self):
        self.__balance = 10
        self._protected = 1
        self.__dunder__ = "not mangled"
    def balance(self):
        return self.__balance

a = Account()
print(a.balance())   # expect: 10
print(sorted(a.__dict__))   # expect: ['_Account__balance', '__dunder__', '_protected']
print(a._Account__balance)   # expect: 10
try:
    a.__balance
except AttributeError as e:
    print(e)   # expect: 'Account' object has no attribute '__balance'
