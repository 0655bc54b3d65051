# The namespaces of the built-in types: method descriptors, slot wrappers,
# class method descriptors, __new__, and the errors of calling them unbound.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
xs = []
list.append(xs, 1)
t(lambda: xs)  # expect: [1]
t(lambda: (int.__add__(1, 2), int.__add__(1, 2.5), int.__radd__(1, 2)))  # expect: (3, NotImplemented, 3)
t(lambda: (int.__lt__(1, 2), int.__lt__(1, 'a'), (5).__neg__(), float.__repr__(1.5)))  # expect: (True, NotImplemented, -5, '1.5')
t(lambda: (list.__len__([1, 2]), list.__getitem__([7], 0), str.join(',', 'abc')))  # expect: (2, 7, 'a,b,c')
t(lambda: list.append)  # expect: <method 'append' of 'list' objects>
t(lambda: int.__add__)  # expect: <slot wrapper '__add__' of 'int' objects>
t(lambda: dict.__dict__['fromkeys'])  # expect: <method 'fromkeys' of 'dict' objects>
t(lambda: (object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2)))  # expect: (True, NotImplemented, True, NotImplemented)
t(lambda: (type(int.__dict__).__name__, type(int.__dict__['__add__']).__name__))  # expect: ('mappingproxy', 'wrapper_descriptor')
t(lambda: (type(object.__dict__['__init__']).__name__, type(object.__dict__['__new__']).__name__))  # expect: ('wrapper_descriptor', 'builtin_function_or_method')
t(lambda: type(object.__dict__['__init_subclass__']).__name__)  # expect: classmethod_descriptor
t(lambda: (list.__dict__['__hash__'], list.__hash__, dict.__hash__))  # expect: (None, None, None)
t(lambda: sorted([k for k in list.__dict__ if not k.startswith('_')]))  # expect: ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']
t(lambda: list.append())  # expect: TypeError unbound method list.append() needs an argument
t(lambda: list.append(3, 4))  # expect: TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object
t(lambda: int.__add__('a', 1))  # expect: TypeError descriptor '__add__' requires a 'int' object but received a 'str'
t(lambda: int.__add__(1))  # expect: TypeError expected 1 argument, got 0
t(lambda: int.__add__(1, 2, 3))  # expect: TypeError expected 1 argument, got 2
t(lambda: object.__init__())  # expect: TypeError descriptor '__init__' of 'object' object needs an argument
t(lambda: int.__new__(3))  # expect: TypeError int.__new__(X): X is not a type object (int)
t(lambda: int.__new__(str))  # expect: TypeError int.__new__(str): str is not a subtype of int
t(lambda: list.__len__([], 1))  # expect: TypeError expected 0 arguments, got 1
t(lambda: int.__new__(int, '12'))  # expect: 12
t(lambda: object.__new__(int))  # expect: TypeError object.__new__(int) is not safe, use int.__new__()
t(lambda: int.__dict__['x'])  # expect: KeyError 'x'
t(lambda: setattr(int, 'x', 1))  # expect: TypeError cannot set 'x' attribute of immutable type 'int'
t(lambda: int.__dict__.get('__add__') is int.__add__)  # expect: True
t(lambda: 'append' in list.__dict__)  # expect: True
t(lambda: len(list.__dict__['__len__'].__class__.__name__))  # expect: 18
class A:
    x = 1
t(lambda: (A.__init__, A.__repr__, A.__eq__))  # expect: (<slot wrapper '__init__' of 'object' objects>, <slot wrapper '__repr__' of 'object' objects>, <slot wrapper '__eq__' of 'object' objects>)
t(lambda: type(A.__dict__).__name__)  # expect: mappingproxy
t(lambda: A.__dict__['x'])  # expect: 1
def set_item():
    A.__dict__['x'] = 2
t(set_item)  # expect: TypeError 'mappingproxy' object does not support item assignment
t(lambda: object.__init__(A(), 1))  # expect: TypeError A.__init__() takes exactly one argument (the instance to initialize)
t(lambda: A(1))  # expect: TypeError A() takes no arguments
t(lambda: object.__new__(A, 1))  # expect: TypeError A() takes no arguments
