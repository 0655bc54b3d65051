import sys
def g():
    x = 1
    yield sys._getframe() is gen.gi_frame
    y = 2
    yield 5
gen = g()
f = gen.gi_frame
print(f.f_lineno - f.f_code.co_firstlineno, gen.gi_frame is f, f.f_locals)
print(next(gen))
print(f.f_lineno - f.f_code.co_firstlineno, f.f_locals)
next(gen)
print(f.f_lineno - f.f_code.co_firstlineno, f.f_locals, f.f_back is None)
print(list(gen), gen.gi_frame)
def rec(n):
    if n == 0:
        raise ValueError
    rec(n - 1)
try:
    rec(3)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get('n'), tb.tb_frame.f_back.f_code.co_name if tb.tb_frame.f_code.co_name == 'rec' else None))
        tb = tb.tb_next
    print(names)

# expect: 0 True {}
# expect: True
# expect: 2 {'x': 1}
# expect: 4 {'x': 1, 'y': 2} True
# expect: [] None
# expect: [('<module>', None, None), ('rec', 3, '<module>'), ('rec', 2, 'rec'), ('rec', 1, 'rec'), ('rec', 0, 'rec')]
