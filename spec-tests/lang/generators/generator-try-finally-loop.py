def g():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

for v in g():
    print("got", v)

def early():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")
it = early()
for v in it:
    if v == 2:
        break
print("after break")
it.close()
def with_return():
    try:
        yield 1
        return
    finally:
        print("finally on return")
print(list(with_return()))

# expect: got 0
# expect: finally 0
# expect: got 1
# expect: finally 1
# expect: got 2
# expect: finally 2
# expect: after break
# expect: cleanup
# expect: finally on return
# expect: [1]
