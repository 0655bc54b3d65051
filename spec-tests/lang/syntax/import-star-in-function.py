from sys import *
def f():
    from sys import *    # raises: SyntaxError: import * only allowed at module level
