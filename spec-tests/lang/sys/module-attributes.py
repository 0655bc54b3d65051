import sys
sys.tracebacklimit = 5
print(sys.tracebacklimit)       # expect: 5
del sys.tracebacklimit
try:
    sys.tracebacklimit
except AttributeError as e:
    print(e)                    # expect: module 'sys' has no attribute 'tracebacklimit'
del sys.tracebacklimit          # raises: AttributeError: 'module' object has no attribute 'tracebacklimit'
