match value:
    case 42 as _:    # raises: SyntaxError: cannot use '_' as a target
        pass
