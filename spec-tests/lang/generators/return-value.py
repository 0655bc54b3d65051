def g():
    yield 1
    return "result"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)

def returns_tuple():
    return (1, 2)
    yield

try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)

def returns_none():
    yield 1
    return None

it = returns_none(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

# expect: 'result' ('result',)
# expect: (1, 2) ((1, 2),)
# expect: None ()
