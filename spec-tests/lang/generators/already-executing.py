def g():
    yield next(me)

me = g()
try:
    next(me)
except ValueError as e:
    print(e)
print(list(me))

def h():
    print(hh.gi_running)
    yield hh.gi_running
hh = h()
print(hh.gi_running)
print(next(hh))
print(hh.gi_running)
def sends_self():
    yield hs.send(None)
hs = sends_self()
try:
    next(hs)
except ValueError as e:
    print(e)

# expect: generator already executing
# expect: []
# expect: False
# expect: True
# expect: True
# expect: False
# expect: generator already executing
