from sys import argv,    # raises: SyntaxError: trailing comma not allowed without surrounding parentheses
