class Account:
    def __init__(self):
        self.__balance = 10
    def balance(self):
        return self.__balance
a = Account()
print(a.balance(), a._Account__balance, sorted(vars(a)) if False else sorted(a.__dict__))   # expect: 10 10 ['_Account__balance']
try:
    a.__balance
except AttributeError as e:
    print(e)   # expect: 'Account' object has no attribute '__balance'
