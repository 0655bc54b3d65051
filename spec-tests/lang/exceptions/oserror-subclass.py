class MyOS(OSError):
    pass

e = MyOS(2, "No such file")
print(e.errno, e.strerror)   # expect: 2 No such file
print(str(e))   # expect: [Errno 2] No such file
print(issubclass(MyOS, OSError), issubclass(FileNotFoundError, OSError))   # expect: True True
