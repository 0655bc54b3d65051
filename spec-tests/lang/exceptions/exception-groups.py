# BaseExceptionGroup and ExceptionGroup: construction checks, the class
# chosen by the contents, message/exceptions, derive, the two-base MRO.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r), str(r), r.message, r.exceptions, r.args)
    except Exception as e:
        print('ERR', type(e).__name__, e)
t(lambda: BaseExceptionGroup('m', [ValueError(1)]))
t(lambda: BaseExceptionGroup('m', (KeyboardInterrupt(),)))
t(lambda: ExceptionGroup('m', [ValueError(1), TypeError(2)]))
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m'))
t(lambda: ExceptionGroup('m', [], 3))
t(lambda: ExceptionGroup('m', 5))
t(lambda: ExceptionGroup('m', []))
t(lambda: ExceptionGroup('m', [1]))
t(lambda: ExceptionGroup('m', [ValueError()], x=1))
t(lambda: ExceptionGroup('m', {ValueError()}))
t(lambda: ExceptionGroup('m', {'a': ValueError()}))
class MyEG(ExceptionGroup):
    pass
t(lambda: MyEG('m', [ValueError()]))
t(lambda: MyEG('m', [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
t(lambda: MyBEG('m', [ValueError()]))
t(lambda: MyBEG('m', [KeyboardInterrupt()]))
e = ExceptionGroup('m', [ValueError(1)])
try:
    e.message = 'x'
except AttributeError as x:
    print(x)
print(e.derive([TypeError()]), type(e.derive([KeyboardInterrupt()])).__name__, repr(e.derive((OSError(),))))
print(ExceptionGroup.__bases__, ExceptionGroup.__mro__, issubclass(ExceptionGroup, Exception), BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), isinstance(e, Exception), isinstance(e, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
try:
    raise ExceptionGroup('boom', [ValueError(1)])
except Exception as x:
    print('caught', repr(x))
try:
    raise BaseExceptionGroup('boom', [KeyboardInterrupt()])
except Exception:
    print('wrong')
except BaseException as x:
    print('base caught', repr(x))
print([k.__name__ for k in MyEG.__mro__], MyEG.__bases__)
class Both(ExceptionGroup, ValueError):
    pass
print([k.__name__ for k in Both.__mro__])
print(ExceptionGroup('m', [ValueError(1)]).__str__(), 'derive' in dir(e), e.__notes__ if hasattr(e, '__notes__') else 'no notes')
# expect: ExceptionGroup ExceptionGroup('m', [ValueError(1)]) m (1 sub-exception) m (ValueError(1),) ('m', [ValueError(1)])
# expect: BaseExceptionGroup BaseExceptionGroup('m', (KeyboardInterrupt(),)) m (1 sub-exception) m (KeyboardInterrupt(),) ('m', (KeyboardInterrupt(),))
# expect: ExceptionGroup ExceptionGroup('m', [ValueError(1), TypeError(2)]) m (2 sub-exceptions) m (ValueError(1), TypeError(2)) ('m', [ValueError(1), TypeError(2)])
# expect: ERR TypeError Cannot nest BaseExceptions in an ExceptionGroup
# expect: ERR TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: ERR TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: ERR TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)
# expect: ERR TypeError second argument (exceptions) must be a sequence
# expect: ERR ValueError second argument (exceptions) must be a non-empty sequence
# expect: ERR ValueError Item 0 of second argument (exceptions) is not an exception
# expect: ERR TypeError ExceptionGroup() takes no keyword arguments
# expect: ERR TypeError second argument (exceptions) must be a sequence
# expect: ERR TypeError second argument (exceptions) must be a sequence
# expect: MyEG MyEG('m', [ValueError()]) m (1 sub-exception) m (ValueError(),) ('m', [ValueError()])
# expect: ERR TypeError Cannot nest BaseExceptions in 'MyEG'
# expect: MyBEG MyBEG('m', [ValueError()]) m (1 sub-exception) m (ValueError(),) ('m', [ValueError()])
# expect: MyBEG MyBEG('m', [KeyboardInterrupt()]) m (1 sub-exception) m (KeyboardInterrupt(),) ('m', [KeyboardInterrupt()])
# expect: readonly attribute
# expect: m (1 sub-exception) BaseExceptionGroup ExceptionGroup('m', (OSError(),))
# expect: (<class 'BaseExceptionGroup'>, <class 'Exception'>) (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) True (<class 'BaseException'>,)
# expect: True True True False
# expect: caught ExceptionGroup('boom', [ValueError(1)])
# expect: base caught BaseExceptionGroup('boom', [KeyboardInterrupt()])
# expect: ['MyEG', 'ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object'] (<class 'ExceptionGroup'>,)
# expect: ['Both', 'ExceptionGroup', 'BaseExceptionGroup', 'ValueError', 'Exception', 'BaseException', 'object']
# expect: m (1 sub-exception) True no notes
