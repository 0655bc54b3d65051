e = BrokenPipeError(32, "Broken pipe")
print(e)                                  # expect: [Errno 32] Broken pipe
print(e.errno, e.strerror)                # expect: 32 Broken pipe
print(isinstance(e, ConnectionError), isinstance(e, OSError))    # expect: True True
print(OSError(2, "No such file", "a.txt"))                       # expect: [Errno 2] No such file: 'a.txt'
print(OSError(2, "No such file", None))                          # expect: [Errno 2] No such file
print(OSError(18, "Cross-device link", "a", None, "b"))          # expect: [Errno 18] Cross-device link: 'a' -> 'b'
print(OSError("plain"), OSError("plain").errno)                  # expect: plain None
print(OSError(1, 2, 3, 4, 5, 6))                                 # expect: (1, 2, 3, 4, 5, 6)
raise BrokenPipeError(32, "Broken pipe")                         # raises: BrokenPipeError: [Errno 32] Broken pipe
