import sys
print(len(sys.argv))              # expect: 1
print(sys.getrecursionlimit())    # expect: 1000
print(sys.getswitchinterval())    # expect: 0.005
x = []
print(sys.getrefcount(x))         # expect: 2
y = x
print(sys.getrefcount(x))         # expect: 3
holder = [x]
print(sys.getrefcount(x))         # expect: 4

def fresh():
    a = []
    return sys.getrefcount(a)

print(fresh())                    # expect: 2
