def none():
    return 0

none(1)   # raises: TypeError: none() takes 0 positional arguments but 1 was given
