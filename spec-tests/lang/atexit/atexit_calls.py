import atexit
def f(): 1/0
atexit.register(f)
atexit.register(print, 'a', 'b', sep='-')
print(atexit._ncallbacks())
try: atexit.register()
except Exception as e: print(e)
try: atexit.register(1)
except Exception as e: print(e)
atexit.register(lambda: print('last registered runs first'))
print(atexit.register(len) is len); atexit.unregister(len); print(atexit._ncallbacks())
atexit.register(len, [1]); atexit.register(len, [2]); atexit.unregister(len); print(atexit._ncallbacks())
class Weird:
    def __eq__(self, other): raise RuntimeError("no")
    def __call__(self): pass
w = Weird()
atexit.register(w)
try: atexit.unregister(f)
except RuntimeError as e: print('unregister', e)
atexit._clear(); print(atexit._ncallbacks())
atexit.register(print, 'x', end='!\n'); atexit._run_exitfuncs(); print(atexit._ncallbacks())
atexit.register(print, 'at exit', 1)
def g(): print('sees globals', f.__name__)
atexit.register(g)

# expect: 2
# expect: register() takes at least 1 argument (0 given)
# expect: the first argument must be callable
# expect: True
# expect: 4
# expect: 6
# expect: unregister no
# expect: 0
# expect: x!
# expect: 0
# expect: sees globals f
# expect: at exit 1
