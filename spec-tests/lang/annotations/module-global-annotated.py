x: int = 1
global x    # raises: SyntaxError: annotated name 'x' can't be global
