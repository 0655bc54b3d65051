counter = 0
def bump():
    global counter
    exec("counter += 1", globals())
    return counter
print(bump(), bump())
ns = {}
exec("def f(a):\n    return a * 2\nclass K:\n    v = 3\n", ns)
print(ns["f"](21), ns["K"].v, sorted(k for k in ns if not k.startswith("__")))
local_ns = {}
exec("x = 1\ny = x + 1", {}, local_ns)
print(local_ns)
class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
m = Mapping()
exec("a = 5\nb = a * 2", {}, m)
print(m.d)
print(eval("[i * i for i in range(4)]"))
print(eval("lambda: 7")())
gen = eval("(i for i in range(3))")
print(list(gen))
def closure_test():
    n = 4
    return eval("n + 1")
print(closure_test())
try:
    exec("raise KeyError('inside exec')")
except KeyError as e:
    print("KeyError", e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(e)
code = compile("total = sum(range(5))\n", "<made>", "exec")
space = {}
exec(code, space)
print(space["total"], code.co_name, code.co_filename)
print(eval("True"), eval("None"), eval("...") is Ellipsis)

# expect: 1 2
# expect: 42 3 ['K', 'f']
# expect: {'x': 1, 'y': 2}
# expect: {'a': 5, 'b': 10}
# expect: [0, 1, 4, 9]
# expect: 7
# expect: [0, 1, 2]
# expect: 5
# expect: KeyError 'inside exec'
# expect: division by zero
# expect: 10 <module> <made>
# expect: True None True
