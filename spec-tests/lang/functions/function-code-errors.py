# The errors of assigning __code__, as CPython's func_set_code raises them.
import types

def f():
    return 1

def outer():
    x = 1
    def inner():
        return x
    return inner

inner = outer()

for value in [1, None, 'code', f]:
    try:
        f.__code__ = value
    except TypeError as e:
        print(type(e).__name__, e)

try:
    del f.__code__
except TypeError as e:
    print(type(e).__name__, e)

try:
    f.__code__ = inner.__code__
except ValueError as e:
    print(type(e).__name__, e)

try:
    inner.__code__ = f.__code__
except ValueError as e:
    print(type(e).__name__, e)

# The message names the function by its __name__, as assigned.
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
try:
    f.__code__ = inner.__code__
except ValueError as e:
    print(type(e).__name__, e)

descr = types.FunctionType.__dict__['__code__']
try:
    descr.__set__(1, f.__code__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    descr.__delete__(f)
except TypeError as e:
    print(type(e).__name__, e)

# A failed assignment changes nothing.
print(f(), f.__code__.co_name)

# expect: TypeError __code__ must be set to a code object
# expect: TypeError __code__ must be set to a code object
# expect: TypeError __code__ must be set to a code object
# expect: TypeError __code__ must be set to a code object
# expect: TypeError __code__ must be set to a code object
# expect: ValueError f() requires a code object with 0 free vars, not 1
# expect: ValueError inner() requires a code object with 1 free vars, not 0
# expect: ValueError renamed() requires a code object with 0 free vars, not 1
# expect: TypeError descriptor '__code__' for 'function' objects doesn't apply to a 'int' object
# expect: TypeError __code__ must be set to a code object
# expect: 1 f
