match {}:
    case {1: a, 1.0: b}: pass  # raises: SyntaxError: mapping pattern checks duplicate key (1.0)
