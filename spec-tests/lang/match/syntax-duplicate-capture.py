print("never runs")
match [1, 2]:
    case [x, x]: pass  # raises: SyntaxError: multiple assignments to name 'x' in pattern
