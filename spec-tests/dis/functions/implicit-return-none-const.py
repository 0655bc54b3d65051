# The implicit return None is added unless the last instruction is a
# RETURN_VALUE, so None is among the constants before a () folded later
# only after a raise or an if/else that returns on both branches.
def f(color=None, **options):
    """Doc."""
    if color:
        options["initialcolor"] = color
    return Chooser(**options).show()
def a(x):
    'd'
    raise X(**x)
def b(x):
    'd'
    while True:
        X(**x)
def c(x):
    'd'
    if x:
        return X(**x)
    else:
        return 2
def d(x):
    'd'
    if x:
        return X(**x)
    return Y(**x)
class K:
    'd'
    def m(self):
        return f(**self)
