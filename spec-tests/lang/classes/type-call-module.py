# type(name, bases, ns) called outside a class statement takes __module__
# from the caller's globals (type_new_set_module), in a copy of ns.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
X = type('X', (), {})
t('module', lambda: X.__module__)  # expect: module = '__main__'
t('repr', lambda: X)  # expect: repr = <class '__main__.X'>
ns = {'a': 1}
Y = type('Y', (), ns)
t('ns untouched', lambda: ns)  # expect: ns untouched = {'a': 1}
t('keys Y', lambda: [k for k in Y.__dict__ if not k.startswith('__') or k == '__module__'])  # expect: keys Y = ['a', '__module__']
t('explicit', lambda: type('Z', (), {'__module__': 'elsewhere'}).__module__)  # expect: explicit = 'elsewhere'
def f():
    return type('L', (object,), {}).__module__
t('in function', f)  # expect: in function = '__main__'
t('kw', lambda: type('K', (), {}, **{}).__module__)  # expect: kw = '__main__'
class M(type):
    pass
t('metaclass', lambda: M('N', (), {}).__module__)  # expect: metaclass = '__main__'
t('not dict', lambda: type('Q', (), [1]))  # expect: not dict ! TypeError: type.__new__() argument 3 must be dict, not list
t('class stmt', lambda: (lambda: None).__module__)  # expect: class stmt = '__main__'
