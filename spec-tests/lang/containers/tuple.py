t = (1, 2, 3)
print(t)             # expect: (1, 2, 3)
print(t[0], t[-1])   # expect: 1 3
print(len(t))        # expect: 3
print((1,))          # expect: (1,)
print(())            # expect: ()
print(('a', None))   # expect: ('a', None)
u = 4, 5
print(u)             # expect: (4, 5)
print(((1, 2), [3])) # expect: ((1, 2), [3])
print([(1, 'x')])    # expect: [(1, 'x')]
print(len(()))       # expect: 0
