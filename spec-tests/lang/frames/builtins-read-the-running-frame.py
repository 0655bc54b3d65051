g = globals
print(g() is globals(), sorted(map(lambda _: 1, [0])))
def f(a):
    b = 2
    print(sorted(locals()), sorted(vars()), dir())
    exec("c = a + b")
    print(eval("a + b"), 'c' in locals())
f(1)
class A:
    def m(self):
        return super().__class__.__name__
print(A().m())
def h():
    nonlocal_test = 1
class B:
    def m(self):
        nonlocal __class__
        __class__ = 5
        return super()
try:
    B().m()
except RuntimeError as e:
    print(e)
print(list(map(locals, [])) )
try:
    super()
except RuntimeError as e:
    print(e)

# expect: True [1]
# expect: ['a', 'b'] ['a', 'b'] ['a', 'b']
# expect: 3 True
# expect: super
# expect: super(): __class__ is not a type (int)
# expect: []
# expect: super(): no arguments
