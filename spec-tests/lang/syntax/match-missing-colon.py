match value    # raises: SyntaxError: expected ':'
    case 1:
        pass
