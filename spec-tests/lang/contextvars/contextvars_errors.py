import _contextvars as c
v = c.ContextVar("v")
w = c.ContextVar("w", default=None)
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r)
    except Exception as e:
        msg = str(e)
        if " at 0x" in msg:
            msg = msg[:msg.index(" at 0x")] + "..."
        print(type(e).__name__, msg)
show(c.ContextVar, 1)
show(c.ContextVar)
show(c.ContextVar, "a", 1)
show(c.ContextVar, "a", defaul=1)
show(c.Token)
show(c.Context, 1)
show(v.reset, 1)
show(v.reset)
show(v.set)
show(v.get, 1, 2)
show(c.copy_context, 1)
ctx = c.copy_context()
show(ctx.__getitem__, 1)
show(ctx.get, 1)
show(ctx.get)
show(ctx.__contains__, 1)
show(hash, ctx)
show(type(c.Token.MISSING))
show(ctx.run)
try:
    class X(c.ContextVar): pass
except TypeError as e:
    print(e)
try:
    v.name = "x"
except AttributeError as e:
    print(e)
show(v.get)
show(w.get)
print([n for n in dir(c) if n != "__file__"])  # an extension module on CPython: a file
print(c.Context.__module__, c.ContextVar.__module__, type(c.Token.MISSING).__name__)
print(c.Token[int], c.ContextVar[str])

# expect: TypeError context variable name must be a str
# expect: TypeError ContextVar() takes exactly 1 positional argument (0 given)
# expect: TypeError ContextVar() takes at most 1 positional argument (2 given)
# expect: TypeError 'defaul' is an invalid keyword argument for ContextVar()
# expect: RuntimeError Tokens can only be created by ContextVars
# expect: TypeError Context() does not accept any arguments
# expect: TypeError expected an instance of Token, got 1
# expect: TypeError ContextVar.reset() takes exactly one argument (0 given)
# expect: TypeError ContextVar.set() takes exactly one argument (0 given)
# expect: TypeError get expected at most 1 argument, got 2
# expect: TypeError _contextvars.copy_context() takes no arguments (1 given)
# expect: TypeError a ContextVar key was expected, got 1
# expect: TypeError a ContextVar key was expected, got 1
# expect: TypeError get expected at least 1 argument, got 0
# expect: TypeError a ContextVar key was expected, got 1
# expect: TypeError unhashable type: '_contextvars.Context'
# expect: TypeError cannot create 'Token.MISSING' instances
# expect: TypeError run() missing 1 required positional argument
# expect: type '_contextvars.ContextVar' is not an acceptable base type
# expect: readonly attribute
# expect: LookupError <ContextVar name='v'...
# expect: ok None
# expect: ['Context', 'ContextVar', 'Token', '__doc__', '__loader__', '__name__', '__package__', '__spec__', 'copy_context']
# expect: _contextvars _contextvars MISSING
# expect: _contextvars.Token[int] _contextvars.ContextVar[str]
