settings = {"a": 1, "b":}    # raises: SyntaxError: expression expected after dictionary key and ':'
