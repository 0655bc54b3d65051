# complex.__format__ checks the presentation type before it refuses zero padding or '=' alignment.
def attempt(spec):
    try:
        return format(1j, spec)
    except ValueError as e:
        return str(e)
print(attempt('0^.20%'))  # expect: Unknown format code '%' for object of type 'complex'
print(attempt('0^.2f'))  # expect: Zero padding is not allowed in complex format specifier
print(attempt('=10d'))  # expect: Unknown format code 'd' for object of type 'complex'
print(attempt('=10'))  # expect: '=' alignment flag is not allowed in complex format specifier
