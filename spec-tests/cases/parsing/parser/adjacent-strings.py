greeting = ('hello, '
            "world"
            '!')
print(greeting)          # expect: hello, world!
print(len('a' 'b' 'c'))  # expect: 3
print(len('a\tb'), r'raw:\t')  # expect: 3 raw:\t
