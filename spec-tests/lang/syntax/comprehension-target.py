pairs = [x, y for x, y in [(1, 2)]]    # raises: SyntaxError: did you forget parentheses around the comprehension target?
