source = 'print(1 2)'
print(len(source))   # expect: 10
x = 1; y = 2
print(x + y)         # expect: 3
