# A slice assignment reads the slice first, then asks for an iterable with
# the list's own messages.
a = [0, 1, 2]
for value, index in ((None, slice(2, 1)), (5, slice(None, None, 3)), (None, slice(None, None, 0)), (3, slice(0, 1))):
    try:
        a[index] = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a[::2] = 'xy'
a[1:2] = range(3)
print(a)

# expect: TypeError can only assign an iterable
# expect: TypeError must assign iterable to extended slice
# expect: ValueError slice step cannot be zero
# expect: TypeError can only assign an iterable
# expect: ['x', 0, 1, 2, 'y']
