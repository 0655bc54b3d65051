def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing")
    yield 2

it = stubborn()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")
it = raises_other(); next(it)
try:
    it.close()
except ValueError as e:
    print("ValueError", e)
def stop_on_exit():
    try:
        yield
    except GeneratorExit:
        raise StopIteration
it = stop_on_exit(); next(it)
try:
    it.close()
    print("closed quietly")
except RuntimeError as e:
    print("RuntimeError", e)

# expect: refusing
# expect: generator ignored GeneratorExit
# expect: ValueError from close
# expect: RuntimeError generator raised StopIteration
