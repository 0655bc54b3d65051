# breakpoint calls sys.breakpointhook with its arguments.
import sys
def hook(*args, **kws):
    print('hook', args, kws)
    return 'r'
sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
# expect: hook (1, 2) {'x': 3}
# expect: r
