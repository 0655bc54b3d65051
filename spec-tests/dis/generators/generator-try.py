def g():
    try:
        yield 1
    except ValueError as e:
        yield e
    finally:
        yield 3
    for i in range(3):
        try:
            x = yield i
        except KeyError:
            continue
        else:
            break
