total = 0

def add(n):
    total += n   # raises: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value

add(1)
