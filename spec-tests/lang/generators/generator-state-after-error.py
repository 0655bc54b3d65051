def g():
    yield 1
    raise ValueError("boom")
    yield 2

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(e)
print(it.gi_suspended, it.gi_running)
print(next(it, "exhausted"))
try:
    it.send(1)
except StopIteration:
    print("StopIteration after error")
try:
    it.throw(KeyError("late"))
except KeyError as e:
    print("thrown into finished:", e)
print(it.close())

# expect: 1
# expect: boom
# expect: False False
# expect: exhausted
# expect: StopIteration after error
# expect: thrown into finished: 'late'
# expect: None
