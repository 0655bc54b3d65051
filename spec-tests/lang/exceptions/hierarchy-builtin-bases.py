class MyKey(KeyError): pass
class MyLookup(LookupError): pass
class MyValue(ValueError): pass

try:
    raise MyKey("k")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)   # expect: LookupError caught MyKey 'k'

try:
    {}["x"]
except MyLookup:
    print("wrong")
except KeyError as e:
    print("plain KeyError", e)   # expect: plain KeyError 'x'

print(issubclass(MyKey, LookupError), issubclass(MyValue, ArithmeticError))   # expect: True False
print([c.__name__ for c in MyKey.__mro__])   # expect: ['MyKey', 'KeyError', 'LookupError', 'Exception', 'BaseException', 'object']
print(str(MyKey("k")), str(MyValue("v")))   # expect: 'k' v
