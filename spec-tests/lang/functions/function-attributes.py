def f():
    "doc of f"

print(f.__module__, f.__dict__, f.__name__, f.__qualname__)   # expect: __main__ {} f f
f.tag = "x"
f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
f.__doc__ = None
print(f.tag, f.__name__, f.__qualname__, f.__doc__, f.__dict__)   # expect: x renamed Outer.renamed None {'tag': 'x'}
print(repr(f).startswith("<function Outer.renamed at 0x"))   # expect: True
for bad in (5, None):
    try:
        f.__name__ = bad
    except TypeError as e:
        # expect: __name__ must be set to a string object
        # expect: __name__ must be set to a string object
        print(e)
try:
    del f.__qualname__
except TypeError as e:
    print(e)   # expect: __qualname__ must be set to a string object
del f.tag
print(hasattr(f, "tag"), getattr(f, "missing", "default"))   # expect: False default
f.missing   # raises: AttributeError: 'function' object has no attribute 'missing'
