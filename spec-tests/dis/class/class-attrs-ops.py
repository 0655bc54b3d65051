class A:
    x = 1
    x += 1
    del x
    y, z = 1, 2
    if y:
        w = 3
    else:
        w = 4
    for i in range(3):
        pass
    try:
        import os
    except ImportError:
        os = None
