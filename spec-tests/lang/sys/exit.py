import sys
print(sys.exit)                 # expect: <built-in function exit>
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)       # expect: None ()
try:
    sys.exit("message")
except SystemExit as e:
    print(e.code, e.args)       # expect: message ('message',)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print(e.code)               # expect: (1, 2)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)                    # expect: exit expected at most 1 argument, got 2
e = SystemExit(4)
print(e.code, SystemExit("a", "b").code)    # expect: 4 ('a', 'b')
try:
    sys.exit(0)
except Exception:
    print("an Exception")
except BaseException:
    print("a BaseException only")    # expect: a BaseException only
sys.exit(code=1)                # raises: TypeError: sys.exit() takes no keyword arguments
