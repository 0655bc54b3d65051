# A manager without __enter__: 3.11's message names the protocol.
class OnlyExit:
    def __exit__(self, *a):
        pass
try:
    with OnlyExit():
        pass
except TypeError as e:
    print(e)
with 42:    # raises: TypeError: 'int' object does not support the context manager protocol
    pass

# expect: 'OnlyExit' object does not support the context manager protocol
