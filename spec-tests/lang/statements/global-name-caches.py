# Reads and writes of globals stay right when the globals or builtins change
# under a cached name: rebinding, deleting, shadowing a builtin, a new key,
# a table that grows, a class body's own namespace.
import builtins

def get_len():
    return len("abc")

real_len = len
results = []
for step in range(4):
    if step == 1:
        len = lambda s: 99          # a global now shadows the builtin
    if step == 2:
        del len                     # and is gone again
    if step == 3:
        builtins.len = lambda s: -1 # the builtin itself is replaced
    results.append(get_len())
builtins.len = real_len
print(results, len("ab"))  # expect: [3, 99, 3, -1] 2

def bump():
    x = 0
    for i in range(3):
        x += total          # LOAD_GLOBAL, cached after the first time
    return x

total = 1
first = bump()
a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = 0   # the globals' table grows
total = 5
print(first, bump())  # expect: 3 15

v = 1
class C:
    v = v + 1           # read from the globals, stored in the class
    w = v
print(v, C.v, C.w)  # expect: 1 2 2

def counter():
    global n
    n = n + 1
    return n
n = 0
for _ in range(3):
    counter()
print(n)  # expect: 3
del n
try:
    counter()
except NameError as e:
    print(e)  # expect: name 'n' is not defined

# Other globals coming and going at every step (s += t on a str deletes s
# and stores it again) leave the loop's own names right.
s = ''
count = 0
for i in range(5):
    s += str(i)
    tmp = i
    del tmp
    count = count + i
print(s, count, i)  # expect: 01234 10 4
