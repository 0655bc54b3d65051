class EnterFails:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with EnterFails():
        print("body must not run")
except ValueError as e:
    print(e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
try:
    with None as x:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        print("not called")
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

# expect: enter failed
# expect: 'NoEnter' object does not support the context manager protocol
# expect: 'int' object does not support the context manager protocol
# expect: 'NoneType' object does not support the context manager protocol
# expect: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)
