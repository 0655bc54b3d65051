total = (1 +
         2 +   # comments and blank lines inside brackets are ignored

         3)
print(total)      # expect: 6
items = [
    'a',
    'b',
]
print(len(items)) # expect: 2
