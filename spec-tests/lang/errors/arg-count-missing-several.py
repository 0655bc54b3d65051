def area(w, h, d):
    return w * h * d

area()   # raises: TypeError: area() missing 3 required positional arguments: 'w', 'h', and 'd'
