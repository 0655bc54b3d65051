def f():
    x = 1
    y = None
    def g(): return x, y
    return g
g = f()
print([type(c).__name__ for c in g.__closure__], g.__closure__[0].cell_contents, g.__closure__[1].cell_contents)
def h():
    def k(): return z
    r = k.__closure__[0]
    try: r.cell_contents
    except ValueError as e: print(e)
    print(repr(r).endswith(': empty>'), repr(g.__closure__[0]).split(': ')[1].split(' at')[0])
    z = 1
    print(r.cell_contents)
h()
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else f.__builtins__ is __builtins__)
print(f.__globals__['f'] is f)

# expect: ['cell', 'cell'] 1 None
# expect: Cell is empty
# expect: True int object
# expect: 1
# expect: True
# expect: True
