# csv.py's classes over _csv: DictReader, DictWriter, Sniffer, dialects.
import csv, io

text = "name,age,city\r\nAnn,30,Oslo\r\nBo,,\"New York, NY\"\r\nCy,41\r\nDe,5,Rome,extra,more\r\n"
for row in csv.DictReader(io.StringIO(text)):
    print(sorted(row.items(), key=str))
r = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(r.fieldnames, r.line_num)
for row in r:
    print(row)
r = csv.DictReader(io.StringIO("a;b\n1;2\n"), fieldnames=["x", "y"], delimiter=";")
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "note"], extrasaction="ignore")
w.writeheader()
w.writerow({"id": 1, "note": "plain"})
w.writerow({"id": 2, "note": "comma, here", "junk": 0})
w.writerows([{"id": 3}, {"note": 'q"uote'}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)

s = csv.Sniffer()
d = s.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(repr(d.delimiter), d.quotechar, d.doublequote, d.skipinitialspace)
d = s.sniff('"x","y"\n"1","2"\n')
print(repr(d.delimiter), repr(d.quotechar))
print(s.has_header("name,age\nAnn,30\nBo,41\n"), s.has_header("1,2\n3,4\n"))
try:
    s.sniff("")
except csv.Error as e:
    print("Error", e)

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("pipes", Pipes)
out = io.StringIO()
csv.writer(out, "pipes").writerows([["a|b", "c"], ["it's", ""]])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), "pipes")))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects())
try:
    class Broken(csv.Dialect):
        delimiter = ",,"
    Broken()
except csv.Error as e:
    print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
out = io.StringIO()
csv.writer(out, dialect="unix").writerow(["a", 1])
print(repr(out.getvalue()))
print(csv.__version__, csv.QUOTE_ALL, csv.field_size_limit())

# expect: [('age', '30'), ('city', 'Oslo'), ('name', 'Ann')]
# expect: [('age', ''), ('city', 'New York, NY'), ('name', 'Bo')]
# expect: [('age', '41'), ('city', None), ('name', 'Cy')]
# expect: [('age', '5'), ('city', 'Rome'), ('name', 'De'), (None, ['extra', 'more'])]
# expect: ['name', 'age', 'city'] 1
# expect: {'name': 'Ann', 'age': '30', 'city': 'Oslo'}
# expect: {'name': 'Bo', 'age': '', 'city': 'New York, NY'}
# expect: {'name': 'Cy', 'age': '41', 'city': '?'}
# expect: {'name': 'De', 'age': '5', 'city': 'Rome', 'rest': ['extra', 'more']}
# expect: [{'x': 'a', 'y': 'b'}, {'x': '1', 'y': '2'}]
# expect: 'id,note\r\n1,plain\r\n2,"comma, here"\r\n3,\r\n,"q""uote"\r\n'
# expect: ValueError dict contains fields not in fieldnames: 'b'
# expect: ValueError extrasaction (bad) must be 'raise' or 'ignore'
# expect: ';' " False False
# expect: ',' '"'
# expect: True False
# expect: Error Could not determine delimiter
# expect: "'a|b'|c\n'it''s'|\n"
# expect: [['a|b', 'c'], ["it's", '']]
# expect: ['excel', 'excel-tab', 'pipes', 'unix']
# expect: False
# expect: Error "delimiter" must be a 1-character string
# expect: Error "delimiter" must be string, not NoneType
# expect: , '\t' '\n' 1
# expect: '"a","1"\n'
# expect: 1.0 1 131072
