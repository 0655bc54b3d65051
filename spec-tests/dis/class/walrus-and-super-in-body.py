class A:
    if (n := 3) > 2:
        m = n
    s = super
    c = __class__ if False else None
