class A:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    zs = {x: y for x in xs for y in range(2)}
    ws = {x for x in xs if x}
