def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("div", e)
        y = 0
    except (TypeError, ValueError):
        y = -1
    else:
        y += 1
    finally:
        print("done")
    return y
print(f(2), f(0), f("a"))    # expect: done
                             # expect: div division by zero
                             # expect: done
                             # expect: done
                             # expect: 1.5 0 -1
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "g"
print(g())    # expect: fin 0
              # expect: fin 1
              # expect: fin 2
              # expect: g
def h():
    try:
        return "ret"
    finally:
        print("h finally")
print(h())    # expect: h finally
              # expect: ret
try:
    try:
        [][1]
    except IndexError:
        raise
except LookupError as e:
    print("outer", type(e), e)    # expect: outer <class 'IndexError'> list index out of range
try:
    {}["k"]
except KeyError as err:
    pass
print("ok")    # expect: ok
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("not a number: " + text)    # raises: LookupError: not a number: x
parse("x")
