import builtins
names = sorted([n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)])
for n in names:
    t = getattr(builtins, n)
    print(n, [k.__name__ for k in t.__mro__], t.__bases__, t.__base__.__name__, t.__module__)
# expect: ArithmeticError ['ArithmeticError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: AssertionError ['AssertionError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: AttributeError ['AttributeError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: BaseException ['BaseException', 'object'] (<class 'object'>,) object builtins
# expect: BaseExceptionGroup ['BaseExceptionGroup', 'BaseException', 'object'] (<class 'BaseException'>,) BaseException builtins
# expect: BlockingIOError ['BlockingIOError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: BrokenPipeError ['BrokenPipeError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'ConnectionError'>,) ConnectionError builtins
# expect: BufferError ['BufferError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: BytesWarning ['BytesWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: ChildProcessError ['ChildProcessError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: ConnectionAbortedError ['ConnectionAbortedError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'ConnectionError'>,) ConnectionError builtins
# expect: ConnectionError ['ConnectionError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: ConnectionRefusedError ['ConnectionRefusedError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'ConnectionError'>,) ConnectionError builtins
# expect: ConnectionResetError ['ConnectionResetError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'ConnectionError'>,) ConnectionError builtins
# expect: DeprecationWarning ['DeprecationWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: EOFError ['EOFError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: EncodingWarning ['EncodingWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: EnvironmentError ['OSError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: Exception ['Exception', 'BaseException', 'object'] (<class 'BaseException'>,) BaseException builtins
# expect: ExceptionGroup ['ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object'] (<class 'BaseExceptionGroup'>, <class 'Exception'>) BaseExceptionGroup builtins
# expect: FileExistsError ['FileExistsError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: FileNotFoundError ['FileNotFoundError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: FloatingPointError ['FloatingPointError', 'ArithmeticError', 'Exception', 'BaseException', 'object'] (<class 'ArithmeticError'>,) ArithmeticError builtins
# expect: FutureWarning ['FutureWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: GeneratorExit ['GeneratorExit', 'BaseException', 'object'] (<class 'BaseException'>,) BaseException builtins
# expect: IOError ['OSError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: ImportError ['ImportError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: ImportWarning ['ImportWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: IndentationError ['IndentationError', 'SyntaxError', 'Exception', 'BaseException', 'object'] (<class 'SyntaxError'>,) SyntaxError builtins
# expect: IndexError ['IndexError', 'LookupError', 'Exception', 'BaseException', 'object'] (<class 'LookupError'>,) LookupError builtins
# expect: InterruptedError ['InterruptedError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: IsADirectoryError ['IsADirectoryError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: KeyError ['KeyError', 'LookupError', 'Exception', 'BaseException', 'object'] (<class 'LookupError'>,) LookupError builtins
# expect: KeyboardInterrupt ['KeyboardInterrupt', 'BaseException', 'object'] (<class 'BaseException'>,) BaseException builtins
# expect: LookupError ['LookupError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: MemoryError ['MemoryError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: ModuleNotFoundError ['ModuleNotFoundError', 'ImportError', 'Exception', 'BaseException', 'object'] (<class 'ImportError'>,) ImportError builtins
# expect: NameError ['NameError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: NotADirectoryError ['NotADirectoryError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: NotImplementedError ['NotImplementedError', 'RuntimeError', 'Exception', 'BaseException', 'object'] (<class 'RuntimeError'>,) RuntimeError builtins
# expect: OSError ['OSError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: OverflowError ['OverflowError', 'ArithmeticError', 'Exception', 'BaseException', 'object'] (<class 'ArithmeticError'>,) ArithmeticError builtins
# expect: PendingDeprecationWarning ['PendingDeprecationWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: PermissionError ['PermissionError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: ProcessLookupError ['ProcessLookupError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: RecursionError ['RecursionError', 'RuntimeError', 'Exception', 'BaseException', 'object'] (<class 'RuntimeError'>,) RuntimeError builtins
# expect: ReferenceError ['ReferenceError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: ResourceWarning ['ResourceWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: RuntimeError ['RuntimeError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: RuntimeWarning ['RuntimeWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: StopAsyncIteration ['StopAsyncIteration', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: StopIteration ['StopIteration', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: SyntaxError ['SyntaxError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: SyntaxWarning ['SyntaxWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: SystemError ['SystemError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: SystemExit ['SystemExit', 'BaseException', 'object'] (<class 'BaseException'>,) BaseException builtins
# expect: TabError ['TabError', 'IndentationError', 'SyntaxError', 'Exception', 'BaseException', 'object'] (<class 'IndentationError'>,) IndentationError builtins
# expect: TimeoutError ['TimeoutError', 'OSError', 'Exception', 'BaseException', 'object'] (<class 'OSError'>,) OSError builtins
# expect: TypeError ['TypeError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: UnboundLocalError ['UnboundLocalError', 'NameError', 'Exception', 'BaseException', 'object'] (<class 'NameError'>,) NameError builtins
# expect: UnicodeDecodeError ['UnicodeDecodeError', 'UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object'] (<class 'UnicodeError'>,) UnicodeError builtins
# expect: UnicodeEncodeError ['UnicodeEncodeError', 'UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object'] (<class 'UnicodeError'>,) UnicodeError builtins
# expect: UnicodeError ['UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object'] (<class 'ValueError'>,) ValueError builtins
# expect: UnicodeTranslateError ['UnicodeTranslateError', 'UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object'] (<class 'UnicodeError'>,) UnicodeError builtins
# expect: UnicodeWarning ['UnicodeWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: UserWarning ['UserWarning', 'Warning', 'Exception', 'BaseException', 'object'] (<class 'Warning'>,) Warning builtins
# expect: ValueError ['ValueError', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: Warning ['Warning', 'Exception', 'BaseException', 'object'] (<class 'Exception'>,) Exception builtins
# expect: ZeroDivisionError ['ZeroDivisionError', 'ArithmeticError', 'Exception', 'BaseException', 'object'] (<class 'ArithmeticError'>,) ArithmeticError builtins
