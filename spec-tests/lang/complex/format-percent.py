print('{:%}'.format((-8) ** 0.5))  # raises: ValueError: Unknown format code '%' for object of type 'complex'
