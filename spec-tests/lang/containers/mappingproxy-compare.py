d = {1: 2}
m = d.keys().mapping
print(m == d, m != d, d == m)
class A: x = 1
print(A.__dict__ == dict(A.__dict__))
print(A.__dict__ != dict(A.__dict__), dict(A.__dict__) == A.__dict__)
try:
    print(m < d)
except TypeError as e:
    print(e)
try:
    print(d < m)
except TypeError as e:
    print(e)
print(m == m, m == 5, 5 != m)
print(type(int.__dict__ == int.__dict__).__name__)

# expect: True False True
# expect: True
# expect: False True
# expect: '<' not supported between instances of 'dict' and 'dict'
# expect: '>' not supported between instances of 'dict' and 'dict'
# expect: True False True
# expect: bool
