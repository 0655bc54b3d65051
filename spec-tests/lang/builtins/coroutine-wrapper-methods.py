async def f():
    return 5
w = f().__await__()
try:
    w.send(None)
except StopIteration as e:
    print('ret', e.value)
c = f()
w = c.__await__()
w.close()
print(c.cr_suspended)

# expect: ret 5
# expect: False
