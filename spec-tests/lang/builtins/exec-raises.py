# An exception inside exec'd code propagates.
try:
    exec('1/0')
except ZeroDivisionError as e:
    print('caught', e)
try:
    exec('raise ValueError("v")')
except Exception as e:
    print(type(e).__name__, e)
# expect: caught division by zero
# expect: ValueError v
