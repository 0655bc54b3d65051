# What a failed import raises, and what it leaves in sys.modules.
import posix, sys

root = "/tmp/lython-import-errors-%d" % posix.getpid()

def write(path, text):
    with open(root + "/" + path, "w") as f:
        f.write(text)

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
write("bad_syntax.py", "x = (1,\n")
write("raises.py", "import sys\nprint('running raises')\nraise ValueError('from the module')\n")
write("circ_a.py", "import circ_b\nx = 1\n")
write("circ_b.py", "from circ_a import x\n")
write("plain.py", "y = 2\n")
sys.path.insert(0, root)
try:
    for name in ["bad_syntax", "raises", "circ_a", "nope", "plain.sub", "keyword.x"]:
        try:
            __import__(name)
        except Exception as e:
            print(name, type(e).__name__, show(e), getattr(e, "name", None))
        print(name in sys.modules)
    try:
        import bad_syntax
    except SyntaxError as e:
        print(e.msg, e.lineno, e.filename.replace(root, "ROOT"))
    try:
        from plain import z
    except ImportError as e:
        print(show(e), e.name, e.path.replace(root, "ROOT"))
    import plain
    try:
        plain.z
    except AttributeError as e:
        print(e)
    sys.modules["blocked"] = None
    try:
        import blocked
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    sys.path.remove(root)
    remove(root)

# expect: bad_syntax SyntaxError '(' was never closed (bad_syntax.py, line 1) None
# expect: False
# expect: running raises
# expect: raises ValueError from the module None
# expect: False
# expect: circ_a ImportError cannot import name 'x' from partially initialized module 'circ_a' (most likely due to a circular import) (ROOT/circ_a.py) circ_a
# expect: False
# expect: nope ModuleNotFoundError No module named 'nope' nope
# expect: False
# expect: plain.sub ModuleNotFoundError No module named 'plain.sub'; 'plain' is not a package plain.sub
# expect: False
# expect: keyword.x ModuleNotFoundError No module named 'keyword.x'; 'keyword' is not a package keyword.x
# expect: False
# expect: '(' was never closed 1 ROOT/bad_syntax.py
# expect: cannot import name 'z' from 'plain' (ROOT/plain.py) plain ROOT/plain.py
# expect: module 'plain' has no attribute 'z'
# expect: ModuleNotFoundError import of blocked halted; None in sys.modules
