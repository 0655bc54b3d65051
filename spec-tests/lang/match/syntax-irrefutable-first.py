print("never runs")
match 1:
    case other: pass  # raises: SyntaxError: name capture 'other' makes remaining patterns unreachable
    case 1: pass
