# Lambdas and comprehensions in eval'd text get their own scopes.
f = eval('lambda n: n * k', {'k': 3})
print(f(2))
print(eval('[i * i for i in range(4)]'))
print(eval('{c: ord(c) for c in "ab"}'))
# expect: 6
# expect: [0, 1, 4, 9]
# expect: {'a': 97, 'b': 98}
