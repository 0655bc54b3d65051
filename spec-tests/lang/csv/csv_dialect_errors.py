# Dialect settings: each kind's check and CPython's wording.
import csv, _csv

def make(*a, **kw):
    try:
        x = _csv.Dialect(*a, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return (x.delimiter, x.quotechar, x.escapechar, x.doublequote, x.skipinitialspace, x.lineterminator, x.quoting, x.strict)

cases = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None), dict(quotechar=1),
    dict(quotechar='ab'), dict(quotechar=None), dict(quotechar=None, quoting=0), dict(escapechar=3),
    dict(escapechar='xy'), dict(lineterminator=1), dict(lineterminator=None), dict(quoting=9), dict(quoting='a'),
    dict(quoting=1.0), dict(quoting=True), dict(quoting=2**40), dict(doublequote=[]), dict(strict=1), dict(nosuch=1),
    dict(skipinitialspace='y'), dict(lineterminator=''), dict(delimiter='\n'), dict(quoting=3), dict(quotechar=''),
    dict(escapechar=None), dict(delimiter='€')]
for kw in cases:
    print(kw, make(**kw))
print(make('excel'), make('excel-tab'), make('nope'), make(1))
print(make(csv.excel_tab), make(csv.excel, delimiter=';'), make('excel', 'x'))
print(make('excel', delimiter=';', dialect='x'), make(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
x = _csv.Dialect()
for name in ['delimiter', 'strict', 'quoting', 'doublequote', 'lineterminator', 'foo']:
    try:
        setattr(x, name, 1)
    except AttributeError as e:
        print('AttributeError', e)
print(_csv.Dialect(x) is x, _csv.Dialect(x, delimiter=';') is x)
class D(_csv.Dialect):
    pass
print(D(delimiter=';').delimiter, type(D()).__name__, isinstance(D(), _csv.Dialect))
try:
    x.__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)

def call(f, *a, **kw):
    try:
        return repr(f(*a, **kw))
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(call(_csv.register_dialect, 1), call(_csv.register_dialect, 'a', 'b', 'c'), call(_csv.register_dialect))
print(call(_csv.unregister_dialect, 'zz'), call(_csv.get_dialect, 'zz'), call(_csv.get_dialect, 1))
print(call(_csv.register_dialect, 'a', delimiter='ab'), call(_csv.register_dialect, [], 'excel'))
_csv.register_dialect('semi', delimiter=';')
_csv.register_dialect('semi2', 'semi', quoting=1)
print(_csv.get_dialect('semi').delimiter, _csv.get_dialect('semi2').quoting, _csv.list_dialects(), type(_csv._dialects))
print(_csv.register_dialect('s3'), _csv.unregister_dialect('s3'))
print(call(_csv.unregister_dialect), call(_csv.unregister_dialect, 1, 2), call(_csv.unregister_dialect, name='x'))
print(call(_csv.get_dialect), call(_csv.get_dialect, []), call(_csv.list_dialects, 1))
print(call(_csv.field_size_limit, True), call(_csv.field_size_limit, 2**70), call(_csv.field_size_limit, -3))
print(call(_csv.field_size_limit), call(_csv.field_size_limit, new_limit=131072), call(_csv.field_size_limit, limit=1))
print(call(_csv.field_size_limit, 1, 2), call(_csv.reader), call(_csv.reader, 1), call(_csv.reader, [], 'nosuch'))
print(call(_csv.reader, [], nosuch=1), call(_csv.reader, [], 'excel', 'x'), call(_csv.Reader), call(_csv.Writer))
print(_csv.Error.__doc__, _csv.Error.__module__, _csv.Error.__mro__, _csv.Dialect.__module__)
print(_csv.reader, _csv.Reader, _csv.Writer, _csv.Dialect, _csv.__version__)
print([n for n in dir(_csv) if n != '__file__'])

# expect: {'delimiter': ''} TypeError: "delimiter" must be a 1-character string
# expect: {'delimiter': 'ab'} TypeError: "delimiter" must be a 1-character string
# expect: {'delimiter': 1} TypeError: "delimiter" must be string, not int
# expect: {'delimiter': None} TypeError: "delimiter" must be string, not NoneType
# expect: {'quotechar': 1} TypeError: "quotechar" must be string or None, not int
# expect: {'quotechar': 'ab'} TypeError: "quotechar" must be a 1-character string
# expect: {'quotechar': None} (',', None, None, True, False, '\r\n', 3, False)
# expect: {'quotechar': None, 'quoting': 0} TypeError: quotechar must be set if quoting enabled
# expect: {'escapechar': 3} TypeError: "escapechar" must be string or None, not int
# expect: {'escapechar': 'xy'} TypeError: "escapechar" must be a 1-character string
# expect: {'lineterminator': 1} TypeError: "lineterminator" must be a string
# expect: {'lineterminator': None} TypeError: lineterminator must be set
# expect: {'quoting': 9} TypeError: bad "quoting" value
# expect: {'quoting': 'a'} TypeError: "quoting" must be an integer
# expect: {'quoting': 1.0} TypeError: "quoting" must be an integer
# expect: {'quoting': True} TypeError: "quoting" must be an integer
# expect: {'quoting': 1099511627776} OverflowError: Python int too large to convert to C int
# expect: {'doublequote': []} (',', '"', None, False, False, '\r\n', 0, False)
# expect: {'strict': 1} (',', '"', None, True, False, '\r\n', 0, True)
# expect: {'nosuch': 1} TypeError: 'nosuch' is an invalid keyword argument for this function
# expect: {'skipinitialspace': 'y'} (',', '"', None, True, True, '\r\n', 0, False)
# expect: {'lineterminator': ''} (',', '"', None, True, False, '', 0, False)
# expect: {'delimiter': '\n'} ('\n', '"', None, True, False, '\r\n', 0, False)
# expect: {'quoting': 3} (',', '"', None, True, False, '\r\n', 3, False)
# expect: {'quotechar': ''} TypeError: "quotechar" must be a 1-character string
# expect: {'escapechar': None} (',', '"', None, True, False, '\r\n', 0, False)
# expect: {'delimiter': '€'} ('€', '"', None, True, False, '\r\n', 0, False)
# expect: (',', '"', None, True, False, '\r\n', 0, False) ('\t', '"', None, True, False, '\r\n', 0, False) Error: unknown dialect (',', '"', None, True, False, '\r\n', 0, False)
# expect: ('\t', '"', None, True, False, '\r\n', 0, False) (';', '"', None, True, False, '\r\n', 0, False) ('x', '"', None, True, False, '\r\n', 0, False)
# expect: TypeError: argument for function given by name ('dialect') and position (1) TypeError: function takes at most 9 arguments (10 given)
# expect: AttributeError attribute 'delimiter' of '_csv.Dialect' objects is not writable
# expect: AttributeError readonly attribute
# expect: AttributeError attribute 'quoting' of '_csv.Dialect' objects is not writable
# expect: AttributeError readonly attribute
# expect: AttributeError attribute 'lineterminator' of '_csv.Dialect' objects is not writable
# expect: AttributeError '_csv.Dialect' object has no attribute 'foo'
# expect: True False
# expect: ; D True
# expect: TypeError cannot pickle 'Dialect' instances
# expect: TypeError: dialect name must be a string TypeError:  expected at most 2 arguments, got 3 TypeError:  expected at least 1 argument, got 0
# expect: Error: unknown dialect Error: unknown dialect Error: unknown dialect
# expect: TypeError: "delimiter" must be a 1-character string TypeError: dialect name must be a string
# expect: ; 1 ['excel', 'excel-tab', 'unix', 'semi', 'semi2'] <class 'dict'>
# expect: None None
# expect: TypeError: unregister_dialect() missing required argument 'name' (pos 1) TypeError: unregister_dialect() takes at most 1 argument (2 given) Error: unknown dialect
# expect: TypeError: get_dialect() missing required argument 'name' (pos 1) TypeError: unhashable type: 'list' TypeError: _csv.list_dialects() takes no arguments (1 given)
# expect: TypeError: limit must be an integer OverflowError: Python int too large to convert to C long 131072
# expect: -3 -3 TypeError: 'limit' is an invalid keyword argument for field_size_limit()
# expect: TypeError: field_size_limit() takes at most 1 argument (2 given) TypeError:  expected at least 1 argument, got 0 TypeError: 'int' object is not iterable Error: unknown dialect
# expect: TypeError: 'nosuch' is an invalid keyword argument for this function TypeError:  expected at most 2 arguments, got 3 TypeError: cannot create '_csv.reader' instances TypeError: cannot create '_csv.writer' instances
# expect: None _csv (<class '_csv.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) _csv
# expect: <built-in function reader> <class '_csv.reader'> <class '_csv.writer'> <class '_csv.Dialect'> 1.0
# expect: ['Dialect', 'Error', 'QUOTE_ALL', 'QUOTE_MINIMAL', 'QUOTE_NONE', 'QUOTE_NONNUMERIC', 'Reader', 'Writer', '__doc__', '__loader__', '__name__', '__package__', '__spec__', '__version__', '_dialects', 'field_size_limit', 'get_dialect', 'list_dialects', 'reader', 'register_dialect', 'unregister_dialect', 'writer']
