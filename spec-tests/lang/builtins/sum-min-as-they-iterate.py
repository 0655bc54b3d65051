# sum() adds each item as the iteration yields it, and min()/max() weigh
# each item (its key first) as it comes: an error stops the iteration there.
n = 2 ** 6300
def items():
    yield 0.5
    yield n
    print('never reached')
    yield 1
try:
    sum(items())
except OverflowError as e:
    print(e)
try:
    print(sum(x for x in [0.0, 4.75e-230, n, (v for v in ())] if x % 3))
except Exception as e:
    print(type(e).__name__, e)
def keyed():
    for i in range(3):
        print('made', i)
        yield i
print(max(keyed(), key=lambda i: (print('key', i), -i)[1]))
try:
    min(x for x in [3, 'a', 1])
except TypeError as e:
    print(e)

# expect: int too large to convert to float
# expect: OverflowError int too large to convert to float
# expect: made 0
# expect: key 0
# expect: made 1
# expect: key 1
# expect: made 2
# expect: key 2
# expect: 0
# expect: '<' not supported between instances of 'str' and 'int'
