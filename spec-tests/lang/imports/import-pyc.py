# .pyc files: a sourceless module, and broken or foreign ones, which
# importlib reports or passes over as CPython's does.
import posix, sys, marshal

root = "/tmp/lython-import-pyc-%d" % posix.getpid()
MAGIC = (3495).to_bytes(2, "little") + b"\r\n"

def write(path, data):
    with open(root + "/" + path, "wb") as f:
        f.write(data)

def remove(path):
    if (posix.stat(path).st_mode & 0o170000) == 0o040000:
        for name in posix.listdir(path):
            remove(path + "/" + name)
        posix.rmdir(path)
    else:
        posix.unlink(path)

def show(e):
    return str(e).replace(root, "ROOT")

posix.mkdir(root)
code = compile("answer = 6 * 7\n", "sourceless.py", "exec")
write("sourceless.pyc", MAGIC + bytes(12) + marshal.dumps(code))
write("wrong_magic.pyc", b"\x00\x00\r\n" + bytes(12) + marshal.dumps(code))
write("truncated.pyc", MAGIC + bytes(4))
write("corrupt.pyc", MAGIC + bytes(12) + b"\xff\xff\xff")
write("not_code.pyc", MAGIC + bytes(12) + marshal.dumps(42))
sys.path.insert(0, root)
try:
    import sourceless
    print(sourceless.answer, type(sourceless.__loader__).__name__)
    for name in ["wrong_magic", "truncated", "corrupt", "not_code"]:
        try:
            __import__(name)
        except Exception as e:
            print(name, type(e).__name__, show(e))
        print(name in sys.modules)
finally:
    sys.path.remove(root)
    remove(root)

# expect: 42 SourcelessFileLoader
# expect: wrong_magic ImportError bad magic number in 'wrong_magic': b'\x00\x00\r\n'
# expect: False
# expect: truncated EOFError reached EOF while reading pyc header of 'truncated'
# expect: False
# expect: corrupt ValueError bad marshal data (unknown type code)
# expect: False
# expect: not_code ImportError Non-code object in 'ROOT/not_code.pyc'
# expect: False
