def g():
    yield 1

it = g()
next(it)
for args in [(), (1,), (ValueError(), 1), (ValueError, 1, 2), (object,)]:
    try:
        it.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    it.throw(ValueError, "message")
except ValueError as e:
    print("ValueError:", e)
it = g(); next(it)
try:
    it.throw(KeyError, ("a", "b"))
except KeyError as e:
    print(e.args)
it = g(); next(it)
err = ValueError("same")
try:
    it.throw(ValueError, err)
except ValueError as e:
    print(e is err)

# expect: TypeError: throw expected at least 1 argument, got 0
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not int
# expect: TypeError: instance exception may not have a separate value
# expect: TypeError: throw() third argument must be a traceback object
# expect: TypeError: exceptions must be classes or instances deriving from BaseException, not type
# expect: ValueError: message
# expect: ('a', 'b')
# expect: True
