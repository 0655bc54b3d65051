# Closing a delegating generator closes the generator it delegates to,
# even when another reference keeps that one alive.
log = []
def inner():
    try:
        yield 1
    finally:
        log.append('inner closed')
shared = inner()
def outer():
    yield from shared
o = outer()
next(o)
o = None
print(log, shared.gi_suspended)
print(next(shared, 'finished'))

# expect: ['inner closed'] False
# expect: finished
