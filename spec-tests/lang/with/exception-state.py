import sys
class Show:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("during exit:", sys.exc_info()[0])
        return True
with Show():
    raise KeyError
print("after:", sys.exc_info()[0])
try:
    raise ValueError("outer")
except ValueError:
    with Show():
        raise KeyError
    print("still handling:", sys.exc_info()[0].__name__)

# expect: during exit: <class 'KeyError'>
# expect: after: None
# expect: during exit: <class 'KeyError'>
# expect: still handling: ValueError
