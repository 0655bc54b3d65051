# input() at the end of standard input is EOFError.
try:
    input()
except EOFError as e:
    print('EOFError', e)
# expect: EOFError EOF when reading a line
input()    # raises: EOFError: EOF when reading a line
