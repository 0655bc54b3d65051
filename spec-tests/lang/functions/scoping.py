x = 'global'

def shadow():
    x = 'local'
    return x

def param(x):
    x = x * 2
    return x

print(shadow())   # expect: local
print(x)          # expect: global
print(param(21))  # expect: 42
print(x)          # expect: global

def outer_name():
    return y

y = 'defined later'
print(outer_name())  # expect: defined later
