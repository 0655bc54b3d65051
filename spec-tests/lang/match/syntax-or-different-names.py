match 1:
    case [x] | [y]: pass  # raises: SyntaxError: alternative patterns bind different names
