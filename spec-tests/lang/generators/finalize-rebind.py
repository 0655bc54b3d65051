# Rebinding or deleting the last reference closes a suspended generator.
def g(tag):
    try:
        yield 1
    finally:
        print('closed', tag)
a = g('a'); next(a)
a = None
print('rebound')
b = g('b'); next(b)
del b
print('deleted')
c = g('c')
c = None
print('unstarted generators have nothing to close')

# expect: closed a
# expect: rebound
# expect: closed b
# expect: deleted
# expect: unstarted generators have nothing to close
