ns = {'__builtins__': {'len': lambda x: 42}}
try:
    exec('print(len([1]))', ns)
except NameError as e:
    print('NameError', e)
exec('def f(): return len([1])', ns)
print(ns['f']())
try: eval('abs(-1)', {'__builtins__': {}})
except NameError as e: print('NameError', e)
import builtins
print(eval('abs(-1)', {'__builtins__': builtins}))

# expect: NameError name 'print' is not defined
# expect: 42
# expect: NameError name 'abs' is not defined
# expect: 1
