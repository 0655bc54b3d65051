# The reader's state machine, case by case (each line a row or an error).
import csv, io

def rows(lines, **kw):
    out = []
    try:
        for row in csv.reader(lines, **kw):
            out.append(row)
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    return out

print(rows(['a,b\x00c']))
print(rows(['a,"b\n', 'c",d']), rows(['"abc']), rows(['"abc'], strict=True))
print(rows(['ab"c']), rows(['"a"b'], strict=True), rows(['"a"b']))
print(rows(['a\rb']), rows(['a\nb']), rows(['a\r\n']))
print(rows(['a\\\nb'], escapechar='\\'), rows(['a\\', 'b'], escapechar='\\'))
print(rows(['1,"2",3'], quoting=csv.QUOTE_NONNUMERIC), rows(['x'], quoting=csv.QUOTE_NONNUMERIC))
print(rows([b'a']), rows([1]), rows(['a,  b'], skipinitialspace=True))
print(rows(['"a,b"'], quoting=csv.QUOTE_NONE), rows(['', 'a']))
print(rows(['"a""b"']), rows(['"a""b"'], doublequote=False))
print(rows(['a\r', 'b']), rows(['a', '\r\n', 'b']))
print(rows(['"a\\"b"'], escapechar='\\'), rows(['a"b"c']), rows(['"a" ,b']))
print(rows(['"a\\', 'b"'], escapechar='\\'), rows(['a\\\r', 'b'], escapechar='\\'))
print(rows(['"a"\n', 'b']), rows(['a,\n']), rows(['\n']))
print(rows(['"x"y'], doublequote=False), rows(['1,,2'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(["'a;b';c"], delimiter=';', quotechar="'"), rows(['é,😀']))
print(rows(['a\tb'], dialect='excel-tab'), rows(['a,b\r'], strict=True))
old = csv.field_size_limit(5)
print(old, rows(['12345,123456']), csv.field_size_limit(old))
r = csv.reader(io.StringIO('a,"multi\nline"\nnext\n'))
print(next(r), r.line_num, next(r), r.line_num)
print(type(r).__name__, isinstance(r, csv.Reader if hasattr(csv, "Reader") else type(r)), r.dialect.delimiter)

def gen():
    yield 'a,"b'
    raise KeyError('x')
print(rows(gen()))
class S(str):
    pass
print(rows([S('a,b')]))

# expect: [['a', 'b\x00c']]
# expect: [['a', 'b\nc', 'd']] [['abc']] ['Error: unexpected end of data']
# expect: [['ab"c']] ['Error: \',\' expected after \'"\''] [['ab']]
# expect: ['Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?'] ['Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?'] [['a']]
# expect: [['a\nb']] [['a\nb']]
# expect: [[1.0, '2', 3.0]] ["ValueError: could not convert string to float: 'x'"]
# expect: ['Error: iterator should return strings, not bytes (the file should be opened in text mode)'] ['Error: iterator should return strings, not int (the file should be opened in text mode)'] [['a', 'b']]
# expect: [['"a', 'b"']] [[], ['a']]
# expect: [['a"b']] [['a"b"']]
# expect: [['a'], ['b']] [['a'], [], ['b']]
# expect: [['a"b']] [['a"b"c']] [['a ', 'b']]
# expect: [['a\nb']] [['a\rb']]
# expect: [['a'], ['b']] [['a', '']] [[]]
# expect: [['xy']] [[1.0, '', 2.0]]
# expect: [['a;b', 'c']] [['é', '😀']]
# expect: [['a', 'b']] [['a', 'b']]
# expect: 131072 ['Error: field larger than field limit (5)'] 5
# expect: ['a', 'multi\nline'] 2 ['next'] 3
# expect: reader True ,
# expect: ["KeyError: 'x'"]
# expect: [['a', 'b']]
