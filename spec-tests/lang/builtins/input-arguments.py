# input takes at most one argument and no keywords.
try:
    input(1, 2)
except TypeError as e:
    print(e)
# expect: input expected at most 1 argument, got 2
input(prompt='x')    # raises: TypeError: input() takes no keyword arguments
