greeting = ('hello, '
            "world"
            '!')
print(greeting)          # expect: hello, world!
print(len('a' 'b' 'c'))  # expect: 3
print('tab:\tend', r'raw:\t')  # expect: tab:	end raw:\t
