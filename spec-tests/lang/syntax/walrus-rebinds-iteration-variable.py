print([[(k := j) for i in range(2)] for j in range(2)], k)
[[(j := j) for i in range(5)] for j in range(5)]    # raises: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'j'
