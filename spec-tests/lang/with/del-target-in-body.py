# The target is an ordinary variable: deleted in the body, rebound later.
class M:
    def __enter__(self):
        return "value"
    def __exit__(self, *a):
        print("exit")
def f():
    with M() as v:
        del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())

# expect: exit
# expect: cannot access local variable 'v' where it is not associated with a value
