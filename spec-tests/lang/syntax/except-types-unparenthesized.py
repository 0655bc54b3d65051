try:
    pass
except ValueError, TypeError:    # raises: SyntaxError: multiple exception types must be parenthesized
    pass
