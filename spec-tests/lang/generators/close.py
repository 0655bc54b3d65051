def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

it = g()
print(next(it))
print(it.close())
print(it.close())
print(list(it))
fresh = g()
fresh.close()
print(list(fresh))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
it = catches_exit(); next(it); it.close()
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
it = returns_on_exit(); next(it); print(it.close())

# expect: 1
# expect: finally runs
# expect: None
# expect: None
# expect: []
# expect: []
# expect: got GeneratorExit
# expect: None
