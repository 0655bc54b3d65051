# Packages, submodules, relative imports and `from package import *`,
# in a directory the case makes and removes itself.
import posix, sys

root = "/tmp/lython-import-package-%d" % posix.getpid()

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

posix.mkdir(root)
posix.mkdir(root + "/pkg")
posix.mkdir(root + "/pkg/sub")
write("pkg/__init__.py", "from .a import f\n__all__ = ['f', 'b']\nb = 'bee'\nhidden = 1\n")
write("pkg/a.py", "def f():\n    return 'f from ' + __name__\n")
write("pkg/sub/__init__.py", "")
write("pkg/sub/c.py", "from .. import a\nfrom ..a import f as g\nfrom . import d\nvalue = (a.__name__, g(), d.x)\n")
write("pkg/sub/d.py", "x = __package__\n")
sys.path.insert(0, root)
try:
    import pkg.sub.c
    print(pkg.sub.c.value)
    print(pkg.__name__, pkg.__package__, pkg.__spec__.name, pkg.sub.__spec__.parent)
    print(pkg.__file__.endswith("/pkg/__init__.py"), pkg.__path__ == [root + "/pkg"])
    print(pkg.a.__spec__.origin.endswith("/pkg/a.py"), pkg.a.__loader__.name)
    import pkg.sub.d as d
    print(d.x, d is sys.modules["pkg.sub.d"])
    from pkg import *
    print(f(), b, "hidden" in globals())
    from pkg.sub import c as again
    print(again is pkg.sub.c)
    print(sorted(m for m in sys.modules if m.startswith("pkg")))
finally:
    sys.path.remove(root)
    remove(root)

# expect: ('pkg.a', 'f from pkg.a', 'pkg.sub')
# expect: pkg pkg pkg pkg.sub
# expect: True True
# expect: True pkg.a
# expect: pkg.sub True
# expect: f from pkg.a bee False
# expect: True
# expect: ['pkg', 'pkg.a', 'pkg.sub', 'pkg.sub.c', 'pkg.sub.d']
