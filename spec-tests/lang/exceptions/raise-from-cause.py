class ConfigError(Exception):
    pass

def load():
    try:
        int("abc")
    except ValueError as e:
        raise ConfigError("bad config") from e

try:
    load()
except ConfigError as e:
    print(type(e.__cause__).__name__, e.__cause__)   # expect: ValueError invalid literal for int() with base 10: 'abc'
    print(e.__context__ is e.__cause__)   # expect: True
    print(e.__suppress_context__)   # expect: True
