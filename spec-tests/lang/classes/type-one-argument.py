class A:
    pass

print(type(A()) is A, type(A) is type)   # expect: True True
print(type(1), type("s"), type(None), type(A()).__name__)   # expect: <class 'int'> <class 'str'> <class 'NoneType'> A
print(type(len).__name__, type(print).__name__)   # expect: builtin_function_or_method builtin_function_or_method
print(type(lambda: 0).__name__)   # expect: function
