def inner():
    try:
        yield "inner"
    except KeyError:
        yield "inner caught"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield "outer handled"

g = outer()
print(next(g))
print(g.throw(KeyError))
print(g.throw(ValueError("v")))
g = outer()
next(g)
g.close()
print("closed")

# expect: inner
# expect: inner caught
# expect: inner finally
# expect: outer caught v
# expect: outer handled
# expect: inner finally
# expect: closed
