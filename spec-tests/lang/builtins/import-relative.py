# A relative import from a script has no parent package.
try:
    __import__('x', globals(), None, (), 1)
except ImportError as e:
    print(type(e).__name__, e)
# expect: ImportError attempted relative import with no known parent package
