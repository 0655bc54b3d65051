# A manager without __exit__ is refused before __enter__ runs.
class OnlyEnter:
    def __enter__(self):
        print("never")
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
with "text", OnlyEnter():    # raises: TypeError: 'str' object does not support the context manager protocol
    pass

# expect: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)
