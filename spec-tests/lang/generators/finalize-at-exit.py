# Generators still suspended at exit are closed, in the order they were
# made (CPython's last collection finalizes them).
def g(tag):
    try:
        yield tag
    finally:
        print('closed', tag)
kept = g('kept')
_private = g('_private')
next(kept)
next(_private)
print('end of program')

# expect: end of program
# expect: closed kept
# expect: closed _private
