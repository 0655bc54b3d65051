# with in a class body, in a lambda's neighbourhood, at module level
# with globals, and a manager expression with calls and attributes.
import threading
lock = threading.Lock()
class C:
    with lock:
        x = 1
    def m(self):
        with self.lock as (a, *b), open(self.path, "rb") as self.f:
            return [a for a in b]
with lock:
    f = lambda: 1
print(C.x)
