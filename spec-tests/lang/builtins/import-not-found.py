# An unknown module is ModuleNotFoundError, carrying its name.
try:
    __import__('no_such_module_here')
except ModuleNotFoundError as e:
    print(e, e.name)
# expect: No module named 'no_such_module_here' no_such_module_here
__import__('no_such_module_here')    # raises: ModuleNotFoundError: No module named 'no_such_module_here'
