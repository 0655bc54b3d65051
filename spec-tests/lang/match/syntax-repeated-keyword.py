match 1:
    case int(real=a, real=b): pass  # raises: SyntaxError: attribute name repeated in class pattern: real
