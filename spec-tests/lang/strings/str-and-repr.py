print(repr('a'))           # expect: 'a'
print(repr("it's"))        # expect: "it's"
print(repr('say "hi"'))    # expect: 'say "hi"'
print(repr(''))            # expect: ''
print(str('a'))            # expect: a
print(str(12))             # expect: 12
print(str(-3.5))           # expect: -3.5
print(str(None))           # expect: None
print(str(True))           # expect: True
print(repr(7))             # expect: 7
print(repr(None))          # expect: None
print(repr('a\nb'))        # expect: 'a\nb'
print(len(str(2 ** 100)))  # expect: 31
print(str(1) + str(2))     # expect: 12
