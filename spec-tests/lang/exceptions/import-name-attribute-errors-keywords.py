# ImportError(msg, name=, path=), NameError(name=), AttributeError(name=, obj=).
e = ImportError('no luck', name='mod', path='/p/mod.py')
print(e.msg, e.name, e.path, e)              # expect: no luck mod /p/mod.py no luck
print(ImportError('a', 'b').msg, ImportError('a', 'b'))   # expect: None ('a', 'b')
print(repr(ImportError(3).msg), ImportError(name='n').args)   # expect: 3 ()
m = ModuleNotFoundError('No module named q', name='q')
print(m.name, m, isinstance(m, ImportError))  # expect: q No module named q True
print(NameError('x').name, NameError('x', name='zz').name)   # expect: None zz
a = AttributeError('a', name='nm', obj=1)
print(a.name, a.obj, a.args, AttributeError().obj)   # expect: nm 1 ('a',) None
e.name = 'other'
print(e.name)                                # expect: other
for make in (lambda: ImportError(x=1), lambda: NameError(x=1),
             lambda: NameError('a', name=1, obj=2), lambda: ModuleNotFoundError(q=1),
             lambda: ImportError(name=1, path=2, x=3)):
    try:
        make()
    except TypeError as err:
        print(err)
# expect: 'x' is an invalid keyword argument for ImportError()
# expect: 'x' is an invalid keyword argument for NameError()
# expect: NameError() takes at most 1 keyword argument (2 given)
# expect: 'q' is an invalid keyword argument for ImportError()
# expect: ImportError() takes at most 2 keyword arguments (3 given)
class Missing(ImportError):
    def __init__(self, what):
        super().__init__(f'missing {what}', name=what)
print(Missing('zlib').name, Missing('zlib'))  # expect: zlib missing zlib
try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, err.name, err.msg, err.path)   # expect: ModuleNotFoundError no_such_module_here No module named 'no_such_module_here' None
try:
    from sys import no_such_name
except ImportError as err:
    print(type(err).__name__, err.name)   # expect: ImportError sys
