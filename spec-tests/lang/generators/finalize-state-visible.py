# What the finalizer changes is visible to the very next statement.
events = []
def g():
    try:
        yield
    finally:
        events.append('finally')
x = g()
next(x)
x = None
first = events[0]
print(first)

# expect: finally
