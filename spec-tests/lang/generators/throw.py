def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
            yield "handled"
        except KeyError:
            return "key"

it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
print(it.throw(ValueError))
print(next(it))
try:
    it.throw(KeyError("k"))
except StopIteration as e:
    print("stopped with", e.value)
try:
    it.throw(IndexError("after end"))
except IndexError as e:
    print("raised", repr(e))

# expect: waiting
# expect: caught ValueError('bad')
# expect: handled
# expect: waiting
# expect: caught ValueError()
# expect: handled
# expect: waiting
# expect: stopped with key
# expect: raised IndexError('after end')
