m = memoryview(b'')
print(type(m) is memoryview, isinstance(m, memoryview), memoryview.__name__)
print(issubclass(memoryview, object), type(m).__name__, type(iter(m)).__name__)
print(callable(memoryview), memoryview in (memoryview,), isinstance(b'', memoryview))

# expect: True True memoryview
# expect: True memoryview memory_iterator
# expect: True True False
