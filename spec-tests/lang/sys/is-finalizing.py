# sys.is_finalizing() is false while the program and its atexit
# functions run.
import atexit
import sys

print(sys.is_finalizing())
atexit.register(lambda: print('at exit', sys.is_finalizing()))
try:
    sys.is_finalizing(1)
except TypeError as e:
    print(e)
try:
    sys.is_finalizing(x=1)
except TypeError as e:
    print(e)

# expect: False
# expect: sys.is_finalizing() takes no arguments (1 given)
# expect: sys.is_finalizing() takes no keyword arguments
# expect: at exit False
