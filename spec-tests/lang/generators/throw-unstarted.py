def g():
    try:
        yield 1
    except ValueError:
        print("never")

it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("propagated", e)
print(list(it))
print(it.gi_running, it.gi_suspended)

# expect: propagated early
# expect: []
# expect: False False
