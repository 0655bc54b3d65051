try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError("from naked")
except Exception as e:
    print(type(e).__name__, repr(e))
# expect: TypeError TypeError('from naked')
