# Method-wrappers compare equal when they wrap the same slot bound to the
# same object, and equal ones hash alike; ord() of one byte.
a = 1000
print(a.__add__ == a.__add__, (1).__add__ == (2).__add__)   # expect: True False
print((1).__add__ == (1).__sub__, a.__add__ != a.__add__)   # expect: False False
print(hash(a.__add__) == hash(a.__add__))   # expect: True
print(ord(b'a'), ord('é'))   # expect: 97 233
