class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")

def f(x):
    with CM():
        return x * 2
print(f(21))
def g():
    with CM() as c, CM() as d:
        return c is not d
print(g())
def h():
    for item in [1, 2, 3]:
        with CM():
            if item == 2:
                return item
print(h())
def k():
    try:
        with CM():
            return "try"
    finally:
        print("finally")
print(k())

# expect: exit
# expect: 42
# expect: exit
# expect: exit
# expect: True
# expect: exit
# expect: exit
# expect: 2
# expect: exit
# expect: finally
# expect: try
