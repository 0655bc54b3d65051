print(1, sep="", sep="-")    # raises: SyntaxError: keyword argument repeated: sep
