print(1, 'a', None, True, 2.5)  # expect: 1 a None True 2.5
print()                         # expect:
print('x')                      # expect: x
print([1, 'b'], (2,))           # expect: [1, 'b'] (2,)
print('multi', 'ple', 'args', 1, 2, 3)  # expect: multi ple args 1 2 3
print(print('inner'))
# expect: inner
# expect: None
