import sys
print(type(sys.__dict__).__name__, sys.__dict__['maxsize'] == sys.maxsize, __builtins__.__dict__['len'] is len)
def f(): pass
print(f.__builtins__ is __builtins__.__dict__)

# expect: dict True True
# expect: True
