order = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        order.append(("enter", self.n))
        return self.n
    def __exit__(self, *a):
        order.append(("exit", self.n))

with CM(1) as a, CM(2) as b, CM(3) as c, CM(4), CM(5) as e:
    print(a + b + c + e)
print(order)
order.clear()
class Fails(CM):
    def __enter__(self):
        order.append(("fail", self.n))
        raise RuntimeError(self.n)
try:
    with CM(1), Fails(2), CM(3):
        print("unreachable")
except RuntimeError as e:
    print("raised", e)
print(order)

# expect: 11
# expect: [('enter', 1), ('enter', 2), ('enter', 3), ('enter', 4), ('enter', 5), ('exit', 5), ('exit', 4), ('exit', 3), ('exit', 2), ('exit', 1)]
# expect: raised 2
# expect: [('enter', 1), ('fail', 2), ('exit', 1)]
