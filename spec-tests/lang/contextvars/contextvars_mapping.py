import contextvars
a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b", default=2)
ctx = contextvars.Context()
print(len(ctx), list(ctx), ctx.get(a), ctx.get(a, 5))
ctx.run(a.set, 1)
print(len(ctx), ctx[a], a in ctx, b in ctx, ctx.get(b), list(ctx.values()))
print(list(ctx.keys()) == [a], list(ctx.items()) == [(a, 1)], list(ctx) == [a])
copy = ctx.copy()
print(copy == ctx, copy != ctx, copy is ctx, ctx == 1, ctx != 1)
copy.run(a.set, 10)
print(copy[a], ctx[a], copy == ctx)
try:
    ctx[b]
except KeyError as e:
    print("KeyError", e.args[0] is b)
def inner():
    print(a.get(), b.get())
    t = b.set(3)
    print(b.get(), t.old_value is contextvars.Token.MISSING)
    b.reset(t)
    print(b.get(), b in contextvars.copy_context())
    return "done"
print(ctx.run(inner))
print(a.get("outside"), b.get())
def fail():
    a.set("changed")
    raise ValueError("boom")
try:
    ctx.run(fail)
except ValueError as e:
    print(e, ctx[a], a.get(None))
t = a.set("top")
t2 = a.set("second")
print(t2.old_value, t.old_value is contextvars.Token.MISSING)
a.reset(t2)
print(a.get())
try:
    ctx.run(a.reset, t)
except ValueError as e:
    print(str(e).endswith("was created in a different Context"))
a.reset(t)
print(a.get(None))
def nested():
    return contextvars.Context().run(lambda: a.get("fresh"))
print(ctx.run(nested))

# expect: 0 [] None 5
# expect: 1 1 True False None [1]
# expect: True True True
# expect: True False False False True
# expect: 10 1 False
# expect: KeyError True
# expect: 1 2
# expect: 3 True
# expect: 2 False
# expect: done
# expect: outside 2
# expect: boom changed None
# expect: top True
# expect: top
# expect: True
# expect: None
# expect: fresh
