log = []
def note(v):
    log.append(v)
    return v
class C:
    a: note("class annotation") = note("class value")
    (b): note("parenthesised") = 1
print(log)
log.clear()
def f():
    a: note("never") = note("function value")
    (b): note("never either") = 2
    return a
f()
print(log)
log.clear()
class Obj:
    pass
o = Obj()
o.attr: note("attribute annotation")
print(log)
lst = [1, 2, 3]
lst[note(0)]: note("subscript annotation")
print(log)
try:
    undefined_name.attr: int
except NameError as e:
    print(e)
try:
    lst[undefined_index]: int
except NameError as e:
    print(e)
lst[note(1):note(2)]: int
print(log)

# expect: ['class value', 'class annotation', 'parenthesised']
# expect: ['function value']
# expect: ['attribute annotation']
# expect: ['attribute annotation', 0, 'subscript annotation']
# expect: name 'undefined_name' is not defined
# expect: name 'undefined_index' is not defined
# expect: ['attribute annotation', 0, 'subscript annotation', 1, 2]
