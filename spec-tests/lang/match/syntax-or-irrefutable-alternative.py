match 1:
    case x | 1: pass  # raises: SyntaxError: name capture 'x' makes remaining patterns unreachable
