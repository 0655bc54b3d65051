# __import__'s argument errors.
for args, kw in [((), {}), ((1,), {}), (('',), {}), (('sys',), {'level': -1}), (('sys',), {'bogus': 1})]:
    try:
        __import__(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError __import__() missing required argument 'name' (pos 1)
# expect: TypeError module name must be a string
# expect: ValueError Empty module name
# expect: ValueError level must be >= 0
# expect: TypeError 'bogus' is an invalid keyword argument for __import__()
