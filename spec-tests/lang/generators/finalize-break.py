# A generator abandoned by `break` is closed before the next statement.
def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print('numbers closed')
for n in numbers():
    if n == 2:
        break
    print(n)
print('after the loop')

# expect: 0
# expect: 1
# expect: numbers closed
# expect: after the loop
