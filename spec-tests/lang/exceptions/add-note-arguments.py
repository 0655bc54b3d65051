# add_note takes one str (a subclass of str is kept as it is), appends it to
# the list __notes__ (made on the first note, or any list subclass a program
# put there) and returns None; anything else is CPython's TypeError.
class S(str):
    pass


e = ValueError('v')
print(e.add_note('a'))
e.add_note(S('sub'))
print(e.__notes__, type(e.__notes__[1]).__name__)
for bad in [None, b'x', ['l'], 3.5]:
    try:
        e.add_note(bad)
    except TypeError as t:
        print(t)
try:
    e.add_note('a', 'b')
except TypeError as t:
    print(t)
print(e.__notes__)


class L(list):
    pass


e.__notes__ = L(['x'])
e.add_note('y')
print(e.__notes__, type(e.__notes__).__name__)
for other in [None, ('t',), 'str']:
    e.__notes__ = other
    try:
        e.add_note('z')
    except TypeError as t:
        print(repr(other), t)
print(e.__notes__)

# expect: None
# expect: ['a', 'sub'] S
# expect: note must be a str, not 'NoneType'
# expect: note must be a str, not 'bytes'
# expect: note must be a str, not 'list'
# expect: note must be a str, not 'float'
# expect: BaseException.add_note() takes exactly one argument (2 given)
# expect: ['a', 'sub']
# expect: ['x', 'y'] L
# expect: None Cannot add note: __notes__ is not a list
# expect: ('t',) Cannot add note: __notes__ is not a list
# expect: 'str' Cannot add note: __notes__ is not a list
# expect: str
