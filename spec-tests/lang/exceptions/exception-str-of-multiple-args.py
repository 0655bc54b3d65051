class E(Exception):
    pass

print(str(E(1, "two")))   # expect: (1, 'two')
print(str(E(None)), repr(E(None)))   # expect: None E(None)
print(str(E("")), repr(E("")))   # expect:  E('')
print(str(E([1, 2])))   # expect: [1, 2]
