import sys

def g():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

it = g()
print(next(it))
try:
    raise KeyError("outside")
except KeyError:
    print(next(it))
    print(sys.exc_info()[0].__name__)
print(next(it))

def sees_caller():
    yield sys.exc_info()[0]
it = sees_caller()
try:
    raise IndexError
except IndexError:
    print(next(it).__name__)
def context():
    try:
        yield
    except KeyError:
        raise ValueError("new")
it = context(); next(it)
try:
    it.throw(KeyError("k"))
except ValueError as e:
    print(repr(e.__context__))

# expect: ValueError
# expect: ValueError
# expect: KeyError
# expect: None
# expect: IndexError
# expect: KeyError('k')
