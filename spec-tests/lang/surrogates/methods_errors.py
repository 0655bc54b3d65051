# The methods' own errors are unchanged by a surrogate in the receiver.
s = '\ud800'
for call in [lambda: s.index('x'), lambda: s.split(''), lambda: s.center(3, 'ab'), lambda: s.strip(1),
             lambda: s.join([1]), lambda: s.count(), lambda: s.partition(''), lambda: s.replace(1, 2),
             lambda: s.startswith(1), lambda: s.zfill('3'), lambda: s.upper(1)]:
    try:
        print(ascii(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# expect: ValueError substring not found
# expect: ValueError empty separator
# expect: TypeError The fill character must be exactly one character long
# expect: TypeError strip arg must be None or str
# expect: TypeError sequence item 0: expected str instance, int found
# expect: TypeError count() takes at least 1 argument (0 given)
# expect: ValueError empty separator
# expect: TypeError replace() argument 1 must be str, not int
# expect: TypeError startswith first arg must be str or a tuple of str, not int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError str.upper() takes no arguments (1 given)
