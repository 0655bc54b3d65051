import sys
print(list(enumerate('ab', sys.maxsize)))  # expect: [(9223372036854775807, 'a'), (9223372036854775808, 'b')]
print(list(enumerate('ab', 2**100)))       # expect: [(1267650600228229401496703205376, 'a'), (1267650600228229401496703205377, 'b')]
print(list(enumerate('abc', -2**63 - 1)))  # expect: [(-9223372036854775809, 'a'), (-9223372036854775808, 'b'), (-9223372036854775807, 'c')]
print(list(enumerate('ab', start=-1)))     # expect: [(-1, 'a'), (0, 'b')]
print(list(enumerate(iterable='ab', start=2**64)))  # expect: [(18446744073709551616, 'a'), (18446744073709551617, 'b')]
try:
    enumerate()
except TypeError as e:
    print(e)                               # expect: enumerate() missing required argument 'iterable'
enumerate('ab', 1.0)                       # raises: TypeError: 'float' object cannot be interpreted as an integer
