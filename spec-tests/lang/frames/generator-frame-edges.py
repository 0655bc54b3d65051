import sys
sys.setrecursionlimit(100000)
def chain(n):
    if n == 0:
        yield 1
        return
    yield from chain(n - 1)
try:
    print(list(chain(5000)))
except RecursionError as e:
    print("RecursionError")
def resumer_name():
    yield sys._getframe().f_back.f_code.co_name
def driver():
    return next(resumer_name())
print(driver(), [next(resumer_name()) for _ in 'a'])
def closer():
    try:
        yield 1
    finally:
        print(sys._getframe().f_code.co_name)
c = closer(); next(c); c.close()
def fin(): yield 1
f = fin(); list(f)
try:
    f.throw(KeyError)
except KeyError:
    print("KeyError")
def deep(n):
    return sys._getframe() if n == 0 else deep(n - 1)
fr = deep(500)
k = 0
while fr.f_code.co_name == 'deep':
    fr = fr.f_back; k += 1
print(k, fr.f_code.co_name)
def gf():
    x = 1
    yield sys._getframe()
it = gf(); fo = next(it)
print(fo.f_locals, fo.f_back is not None)
del it
print(fo.f_locals)

# expect: [1]
# expect: driver ['<listcomp>']
# expect: closer
# expect: KeyError
# expect: 501 <module>
# expect: {'x': 1} False
# expect: {'x': 1}
