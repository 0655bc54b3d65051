total = sum(x for x in range(3), 10)    # raises: SyntaxError: Generator expression must be parenthesized
