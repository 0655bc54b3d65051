# A dotted name whose first part is unknown fails on that part.
try:
    __import__('nomod.sub')
except ImportError as e:
    print(type(e).__name__, e)
# expect: ModuleNotFoundError No module named 'nomod'
