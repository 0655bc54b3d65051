# compile does not take a code object.
c = compile('1', 'f', 'exec')
compile(c, 'f', 'exec')    # raises: TypeError: compile() arg 1 must be a string, bytes or AST object
