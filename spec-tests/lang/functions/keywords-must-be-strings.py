# A ** argument whose keys are not all strings is refused before the call, for every kind of callee.
def f(*args, **kwargs):
    return args, kwargs
def attempt(call):
    try:
        return call()
    except TypeError as e:
        return f"TypeError: {e}"
print(f(**{"a": 1}), f(1, **{"b": 2}))
print(attempt(lambda: f(**{1: 2})))
print(attempt(lambda: f(**{"a": 1, 2: 3})))
print(attempt(lambda: f(*(1,), **{(): 0})))
print(attempt(lambda: sorted([], **{1: 2})))
print(attempt(lambda: max(1, 2, **{None: 2})))
print(**{1: 2})  # raises: TypeError: keywords must be strings
# expect: ((), {'a': 1}) ((1,), {'b': 2})
# expect: TypeError: keywords must be strings
# expect: TypeError: keywords must be strings
# expect: TypeError: keywords must be strings
# expect: TypeError: keywords must be strings
# expect: TypeError: keywords must be strings
