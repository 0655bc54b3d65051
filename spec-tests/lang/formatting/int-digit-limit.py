# format(n, 'd'), '{:n}', '%d' and '%i' write decimal digits under the same 4300-digit limit as str(n); the other bases have none.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
big = 10**4300
print(len(format(10**4299, 'd')), len('%d' % -10**4299))  # expect: 4300 4301
print(attempt(lambda: format(big, 'd')))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: '{:-1}'.format(big)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: f'{big:,}'))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(attempt(lambda: '%i' % big))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(len(format(big, 'x')), len('%o' % big))  # expect: 3572 4762
