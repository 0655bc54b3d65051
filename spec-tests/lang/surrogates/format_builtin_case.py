# format() and __format__ with a surrogate value or fill character.
print(ascii(format('\ud800')), ascii(format('\ud800', '>3')), ascii(format('ab\udc00', '.2')))
print(ascii(format(42, '\ud800>5')), ascii(format(-3.5, '\udc00^9.2f')), ascii(format(True, '\ud800<3')))
print(ascii('\ud800'.__format__('^3')), ascii(format(12345, '\udfff>+8,')))
for value, spec in [(1, '\ud800'), (1.0, ',\ud800'), ('x', 'x\ud800'), (1, '\ud800\ud800>3')]:
    try:
        format(value, spec)
    except ValueError as e:
        print('ValueError', ascii(str(e.args[0])))

# expect: '\ud800' '  \ud800' 'ab'
# expect: '\ud800\ud800\ud80042' '\udc00\udc00-3.50\udc00\udc00' '1\ud800\ud800'
# expect: ' \ud800 ' '\udfff+12,345'
# expect: ValueError "Unknown format code '\\xd800' for object of type 'int'"
# expect: ValueError "Cannot specify ',' with '\\xd800'."
# expect: ValueError "Invalid format specifier 'x\ud800' for object of type 'str'"
# expect: ValueError "Invalid format specifier '\ud800\ud800>3' for object of type 'int'"
