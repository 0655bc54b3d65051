ord('\ud800\udc00')    # raises: TypeError: ord() expected a character, but string of length 2 found
