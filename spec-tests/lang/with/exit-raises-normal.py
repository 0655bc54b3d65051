# __exit__ raising on the normal path: the with line calls it.
class M:
    def __enter__(self):
        pass
    def __exit__(self, kind, exc, tb):
        raise LookupError("from exit")    # raises: LookupError: from exit
def f():
    with M():
        return 5
try:
    f()
except LookupError as e:
    print(e, e.__context__, e.__traceback__.tb_next.tb_lineno)
with M():
    pass

# expect: from exit None 8
