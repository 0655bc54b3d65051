print(abs(-5))           # expect: 5
print(abs(5))            # expect: 5
print(abs(-2.5))         # expect: 2.5
print(abs(-(2 ** 100)))  # expect: 1267650600228229401496703205376
print(len([1, 2]), len((1,)), len('abc'))  # expect: 2 1 3
print(type(1))           # expect: <class 'int'>
print(type(2 ** 100))    # expect: <class 'int'>
print(type(1.0))         # expect: <class 'float'>
print(type('s'))         # expect: <class 'str'>
print(type(True))        # expect: <class 'bool'>
print(type(None))        # expect: <class 'NoneType'>
print(type([]))          # expect: <class 'list'>
print(type(()))          # expect: <class 'tuple'>
print(type(7 / 7))       # expect: <class 'float'>
print(type(7 // 7))      # expect: <class 'int'>
