# Each folding that yields a NaN makes a new float, unequal to every other,
# so co_consts keeps one NaN per folding (test_float.py's test_nan_as_str);
# an infinity is equal to itself and is kept once.
def nans():
    a = 1e300 * 1e300 * 0
    b = -1e300 * 1e300 * 0
    c = 1e300 * 1e300 * 0
    d = (1e300 * 1e300 * 0, 1e300 * 1e300 * 0)
    e = 1e300 * 1e300 * 0j
    return a, b, c, d, e


def infinities():
    return 1e300 * 1e300, 1e300 * 1e300, -1e300 * 1e300
