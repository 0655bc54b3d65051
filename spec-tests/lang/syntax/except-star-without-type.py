try:
    pass
except* ValueError:
    pass
except*:    # raises: SyntaxError: expected one or more exception types
    pass
