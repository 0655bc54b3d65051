def gen(a):
    yield a
    yield from other()

def other():
    yield "o"

g = gen(1)
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_code.co_name, g.gi_code is not None)
next(g)
print(g.gi_suspended, g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
list(g)
print(g.gi_suspended, g.gi_yieldfrom)
class K:
    def method(self):
        yield self
print(K().method().__qualname__)
print(repr(g).startswith("<generator object gen at 0x"))
print(iter(g) is g)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))

# expect: gen gen
# expect: False False None
# expect: gen True
# expect: True None
# expect: generator other
# expect: False None
# expect: K.method
# expect: True
# expect: True
# expect: True True True True
