x = 1
  y = 2    # raises: IndentationError: unexpected indent
z = 0777
