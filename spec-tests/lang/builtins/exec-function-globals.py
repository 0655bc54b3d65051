# A function defined by exec looks its free names up in the globals only.
ns = {'y': 1}
exec('def f(): return y', {}, ns)
try:
    ns['f']()
except Exception as e:
    print(type(e).__name__, e)
# expect: NameError name 'y' is not defined
