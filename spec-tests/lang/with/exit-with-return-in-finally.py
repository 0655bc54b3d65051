# break and continue inside with inside try/finally inside a loop.
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
for i in range(3):
    try:
        with M():
            if i == 0:
                continue
            if i == 1:
                break
    finally:
        print("finally", i)
print("i =", i)

# expect: exit
# expect: finally 0
# expect: exit
# expect: finally 1
# expect: i = 1
