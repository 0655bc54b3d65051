def g():
    yield 1
    raise StopIteration("inner")

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__.args)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

def uses_next():
    it = iter([])
    yield next(it)

try:
    list(uses_next())
except RuntimeError as e:
    print(e)

class MyStop(StopIteration):
    pass

def sub():
    raise MyStop
    yield
try:
    next(sub())
except RuntimeError as e:
    print(type(e.__cause__).__name__)

# expect: 1
# expect: RuntimeError generator raised StopIteration
# expect: StopIteration ('inner',)
# expect: True True
# expect: generator raised StopIteration
# expect: MyStop
