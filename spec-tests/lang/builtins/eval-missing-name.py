# A missing name in eval'd code is a NameError.
try:
    eval('nope', {})
except Exception as e:
    print(type(e).__name__, e)
# expect: NameError name 'nope' is not defined
