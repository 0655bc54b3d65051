# termios on descriptors that are not terminals, and argument errors.
import os, termios
r, w = os.pipe()
calls = [
    lambda: termios.tcgetattr(r), lambda: termios.tcsetattr(r, 0, [0] * 7), lambda: termios.tcsendbreak(r, 0),
    lambda: termios.tcdrain(r), lambda: termios.tcflush(r, 0), lambda: termios.tcflow(r, 0),
    lambda: termios.tcgetwinsize(r), lambda: termios.tcsetwinsize(r, (1, 2)), lambda: termios.tcgetattr('x'),
    lambda: termios.tcgetattr(-1), lambda: termios.tcsetattr(r, 0, 1), lambda: termios.tcsetattr(r, 0, [1]),
    lambda: termios.tcsetattr(r, 0, [0, 0, 0, 0, 0, 0, []]), lambda: termios.tcsetwinsize(r, 1),
    lambda: termios.tcsetwinsize(r, (1,)), lambda: termios.tcsetwinsize(r, ('a', 2)), lambda: termios.tcgetattr(),
    lambda: termios.tcsetattr(r, 0), lambda: termios.tcflush(r, 'a'), lambda: termios.tcgetattr(3.5),
    lambda: termios.tcflush(r, 2**40), lambda: termios.tcsetwinsize(r, (2**70, 1)), lambda: termios.tcdrain(),
    lambda: termios.tcflow(r), lambda: termios.tcsetattr(r, 0, [0] * 7, x=1),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def fileno(self):
        return r
try:
    termios.tcgetattr(F())
except termios.error as e:
    print('error', e.args, type(e).__module__)
print(termios.error.__mro__)
print(len([n for n in dir(termios) if not n.startswith('__')]))
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ICANON, termios.ECHO, termios.VMIN, termios.VTIME, termios.NCCS)
print(termios.B38400, termios.CINTR, termios.TIOCGWINSZ, termios.VSWTCH, termios.N_TTY, termios.IOCSIZE_MASK)
import tty, pty
print(tty.tcgetattr is termios.tcgetattr, pty.CHILD, tty.IFLAG, tty.CC)

# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device')
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError tcsetattr, arg 3: must be 7 element list
# expect: TypeError tcsetattr, arg 3: must be 7 element list
# expect: error (25, 'Inappropriate ioctl for device')
# expect: TypeError tcsetwinsize, arg 2: must be a two-item sequence
# expect: TypeError tcsetwinsize, arg 2: must be a two-item sequence
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError termios.tcgetattr() takes exactly one argument (0 given)
# expect: TypeError tcsetattr expected 3 arguments, got 2
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C long
# expect: TypeError termios.tcdrain() takes exactly one argument (0 given)
# expect: TypeError tcflow expected 2 arguments, got 1
# expect: TypeError termios.tcsetattr() takes no keyword arguments
# expect: error (25, 'Inappropriate ioctl for device') termios
# expect: (<class 'termios.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: 240
# expect: 0 1 2 2 8 6 5 32
# expect: 15 3 21523 7 0 1073676288
# expect: True 0 0 6
