import sys
print(sys.displayhook is sys.__displayhook__)
sys.displayhook(5)
print(_)
sys.displayhook(None)
print(_)
sys.displayhook('a\n')
try:
    sys.displayhook()
except TypeError as e:
    print(e)
def hook(v):
    print('hooked', v)
sys.displayhook = hook
exec(compile('3', '', 'single'))
del sys.displayhook
try:
    exec(compile('4', '', 'single'))
except RuntimeError as e:
    print(e)
try:
    compile('x = 1\ny = 2', '', 'single')
except SyntaxError as e:
    print(e)
exec(compile('def f():\n    3\n', '', 'single'))
print(f())

# expect: True
# expect: 5
# expect: 5
# expect: 5
# expect: 'a\n'
# expect: sys.displayhook() takes exactly one argument (0 given)
# expect: hooked 3
# expect: lost sys.displayhook
# expect: multiple statements found while compiling a single statement (, line 1)
# expect: None
