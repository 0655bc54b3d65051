g={}; exec('', g); print(type(g['__builtins__']))
def f():
    g={}; exec('x=1', g); return type(g['__builtins__']), g['x']
print(f())
print(eval('1+2'), eval('a', {'a': 5}), eval('b', {}, {'b': 6}))
for bad in [lambda: eval('1', []), lambda: eval('1', {}, 5), lambda: exec(5), lambda: eval(5), lambda: exec('1', []), lambda: exec('1', {}, 5), lambda: compile('1', 'f', 'bad'), lambda: compile(5, 'f', 'exec')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: eval('x y')
except SyntaxError as e: print(e, e.filename, e.lineno, e.offset, repr(e.text))
try: exec('if True:\nx = 1')
except IndentationError as e: print(type(e).__name__, e)
try: compile('a\0b', 'f', 'exec')
except SyntaxError as e: print(e)
print(eval('  1+1'), eval(b'3*3'))
c = compile('x = 5', 'fn', 'exec'); g = {}; exec(c, g); print(g['x'])
def local_scope():
    y = 10
    return eval('y * 2'), eval('[y for _ in range(2)]') if False else None
print(local_scope())
x = 7
print(eval('x + 1'))
exec('z = x * 3')
print(z)
class C:
    exec('attr = 1')
print(C.attr)
print(exec('1'))
def exec_does_not_set_locals():
    exec('q = 1')
    try:
        return q
    except NameError as e:
        return str(e)
print(exec_does_not_set_locals())
print(eval('__name__'), eval('__name__', {}))
try: eval('undefined_name_here')
except NameError as e: print(e)
print(eval(compile('2**10', '<x>', 'eval')))
restricted = {'__builtins__': {}}
try: eval('len([])', restricted)
except NameError as e: print(e)

# expect: <class 'dict'>
# expect: (<class 'dict'>, 1)
# expect: 3 5 6
# expect: TypeError globals must be a real dict; try eval(expr, {}, mapping)
# expect: TypeError locals must be a mapping
# expect: TypeError exec() arg 1 must be a string, bytes or code object
# expect: TypeError eval() arg 1 must be a string, bytes or code object
# expect: TypeError exec() globals must be a dict, not list
# expect: TypeError locals must be a mapping or None, not int
# expect: ValueError compile() mode must be 'exec', 'eval' or 'single'
# expect: TypeError compile() arg 1 must be a string, bytes or AST object
# expect: invalid syntax (<string>, line 1) <string> 1 3 'x y'
# expect: IndentationError expected an indented block after 'if' statement on line 1 (<string>, line 2)
# expect: source code string cannot contain null bytes
# expect: 2 9
# expect: 5
# expect: (20, None)
# expect: 8
# expect: 21
# expect: 1
# expect: None
# expect: name 'q' is not defined
# expect: __main__ builtins
# expect: name 'undefined_name_here' is not defined
# expect: 1024
# expect: name 'len' is not defined
