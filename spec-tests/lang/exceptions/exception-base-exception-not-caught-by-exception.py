class Stop(BaseException):
    pass

try:
    try:
        raise Stop("base")
    except Exception:
        print("wrong handler")
except BaseException as e:
    print("BaseException handler", type(e).__name__, e)   # expect: BaseException handler Stop base
print(issubclass(Stop, Exception))   # expect: False
raise Stop("uncaught")   # raises: Stop: uncaught
