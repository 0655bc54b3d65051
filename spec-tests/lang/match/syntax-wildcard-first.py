match 1:
    case _: pass  # raises: SyntaxError: wildcard makes remaining patterns unreachable
    case 1: pass
