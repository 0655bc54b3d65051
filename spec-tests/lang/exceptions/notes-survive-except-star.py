# The part except* hands to a handler has the group's notes. A bare raise
# in the handler re-raises the original's leaves: the group rebuilt from the
# original carries the original's notes, not one the handler added.
def run():
    try:
        eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
        eg.add_note('from the raise')
        raise eg
    except* ValueError as part:
        print(part.__notes__)
        part.add_note('seen by the handler')
        raise


try:
    run()
except ExceptionGroup as caught:
    print(caught.__notes__)
    print([type(x).__name__ for x in caught.exceptions])
    print([getattr(x, '__notes__', None) for x in caught.exceptions])

# expect: ['from the raise']
# expect: ['from the raise']
# expect: ['ValueError', 'TypeError']
# expect: [None, None]
