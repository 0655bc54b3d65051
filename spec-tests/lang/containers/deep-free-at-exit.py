# Deep nests still referenced when the program ends (from a module, which
# lives as long as the interpreter) are freed at exit by the interpreter's
# trashcan, one level deep, not by a recursion that would overflow the stack.
import sys
x = []
for i in range(500000):
    x = [x]
d = {}
for i in range(200000):
    d = {0: d}
t = ()
for i in range(200000):
    t = (t,)
sys.deep = [x, d, t]
print('built')   # expect: built
