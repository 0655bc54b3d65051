import gc

def selfref():
    me = yield
    yield me

g = selfref()
next(g)
g.send(g)
del g
print(gc.collect() >= 0)

class Node:
    pass

def holds(node):
    yield node

n = Node()
n.gen = holds(n)
next(n.gen)
del n
print(gc.collect() >= 0)
print("ok")

# expect: True
# expect: True
# expect: ok
