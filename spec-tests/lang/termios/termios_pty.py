# termios on a pseudo-terminal: read, change and restore its mode.
import os, termios, tty
m, s = os.openpty()
print(os.isatty(s), os.get_inheritable(m), os.get_inheritable(s))
a = termios.tcgetattr(s)
print(len(a), [type(x).__name__ for x in a], len(a[6]), a[6][termios.VINTR], a[6][termios.VEOF])
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s))
tty.setraw(s)
b = termios.tcgetattr(s)
print(b[3] & termios.ICANON, b[3] & termios.ECHO, b[6][termios.VMIN], b[6][termios.VTIME])
termios.tcsetattr(s, termios.TCSANOW, a)
print(termios.tcgetattr(s) == a)
print(termios.tcflush(s, termios.TCIOFLUSH), termios.tcdrain(s), termios.tcflow(s, termios.TCOON), termios.tcsendbreak(s, 0))
try:
    termios.tcsetwinsize(s, (-1, 80))
except OverflowError as e:
    print("OverflowError", e)
x = list(a)
x[6] = list(a[6])
x[6][termios.VINTR] = 7
x[6][termios.VQUIT] = b'\x1d'
termios.tcsetattr(s, termios.TCSADRAIN, x)
print(termios.tcgetattr(s)[6][termios.VINTR], termios.tcgetattr(s)[6][termios.VQUIT])
for bad in ([0, 0, 0, 0, 0, 0, [1.5] * termios.NCCS], [0, 0, 0, 0, 0, 0, [0] * 31]):
    try:
        termios.tcsetattr(s, 0, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    termios.tcsetattr(s, 99, a)
except termios.error as e:
    print("error", e)
os.write(m, b"hi\n")
print(os.read(s, 10))
tty.setcbreak(s)
print(termios.tcgetattr(s)[3] & termios.ICANON)
os.close(m)
os.close(s)

# expect: True False False
# expect: 7 ['int', 'int', 'int', 'int', 'int', 'int', 'list'] 32 b'\x03' b'\x04'
# expect: (24, 80)
# expect: 0 0 1 0
# expect: True
# expect: None None None None
# expect: OverflowError winsize value(s) out of range.
# expect: b'\x07' b'\x1d'
# expect: TypeError tcsetattr: elements of attributes must be characters or integers
# expect: TypeError tcsetattr: attributes[6] must be 32 element list
# expect: error (22, 'Invalid argument')
# expect: b'hi\n'
# expect: 0
