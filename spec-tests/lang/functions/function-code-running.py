# A call keeps the code it started with; the next call runs the new one.
def later():
    return 'later'

def step():
    step.__code__ = later.__code__
    return 'first'

print(step(), step(), step())

def after(n):
    return 'after', n

def recurse(n):
    if n == 0:
        recurse.__code__ = after.__code__
        return 'base'
    return ('depth', n, recurse(n - 1))

print(recurse(2))
print(recurse(2))

# A generator keeps running the code of the frame it was made from.
def gen():
    yield 1
    yield 2

def other():
    yield 'other'

it = gen()
print(next(it))
gen.__code__ = other.__code__
print(next(it), list(gen()))

# Assigned while binding the arguments: looking up a keyword-only
# default runs a key's __eq__, which replaces the code; the call binds and
# runs the code it began with, and the next call the new one.
class Key(str):
    def __eq__(self, other):
        target.__code__ = swapped.__code__
        return str.__eq__(self, other)
    __hash__ = str.__hash__

def swapped(*args, **kwargs):
    return 'swapped'

def target(a, *, k):
    return 'target', a, k

target.__kwdefaults__ = {Key('k'): 5}
print(target(1))
print(target(1))

# expect: first later later
# expect: ('depth', 2, ('depth', 1, 'base'))
# expect: ('after', 2)
# expect: 1
# expect: 2 ['other']
# expect: ('target', 1, 5)
# expect: swapped
