# sys.set_asyncgen_hooks and sys.get_asyncgen_hooks: the firstiter hook
# hears each async generator when it is first iterated.
import sys

print(sys.get_asyncgen_hooks())
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, len(hooks), hooks.firstiter, hooks.finalizer)

seen = []
def firstiter(agen):
    seen.append(agen.__name__)

def finalizer(agen):
    pass

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)

async def ticks():
    yield 1
    yield 2

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def consume(agen):
    return [x async for x in agen]

g = ticks()
print(seen)
print(run(consume(g)))
print(seen)

# Only the first step calls it.
h = ticks()
print(run(h.__anext__()), run(h.__anext__()), seen)

# aclose() and athrow() count as a first iteration too.
k = ticks()
run(k.aclose())
print(seen)

# Setting one hook leaves the other; None clears it; no arguments
# changes nothing.
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks()
print(sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

# A hook that raises stops the step.
def refuse(agen):
    raise ValueError('no iteration')
sys.set_asyncgen_hooks(firstiter=refuse)
try:
    ticks().__anext__()
except ValueError as e:
    print('ValueError', e)
sys.set_asyncgen_hooks(firstiter=None)

for args, kwargs in [((1,), {}), ((None, 2), {}), ((1, 2, 3), {}), ((), {'other': 1})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
print(sys.get_asyncgen_hooks())

HookType = type(sys.get_asyncgen_hooks())
print(HookType((1, 2)), HookType.n_fields)
print(sys.is_finalizing())

# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: asyncgen_hooks 2 None None
# expect: True True
# expect: []
# expect: [1, 2]
# expect: ['ticks']
# expect: 1 2 ['ticks', 'ticks']
# expect: ['ticks', 'ticks', 'ticks']
# expect: None True
# expect: True
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: ValueError no iteration
# expect: TypeError callable firstiter expected, got int
# expect: TypeError callable finalizer expected, got int
# expect: TypeError function takes at most 2 arguments (3 given)
# expect: TypeError 'other' is an invalid keyword argument for this function
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: asyncgen_hooks(firstiter=1, finalizer=2) 2
# expect: False
