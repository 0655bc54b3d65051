# return through several withs and loops: every __exit__ runs, innermost first.
log = []
class M:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        log.append(self.n)
def f():
    for i in range(3):
        with M(1) as a:
            while True:
                with M(2) as b, M(3) as c:
                    return a + b + c + i
print(f(), log)

# expect: 6 [3, 2, 1]
