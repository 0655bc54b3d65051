class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other(Exception): pass

for exc in (Leaf, Mid, Base, Other):
    try:
        raise exc("x")
    except (Other, Leaf) as e:
        print(exc.__name__, "-> first handler", type(e).__name__)   # expect: Leaf -> first handler Leaf
    except Mid:
        print(exc.__name__, "-> Mid handler")   # expect: Mid -> Mid handler
    except Exception as e:
        # expect: Base -> Exception handler Base
        # expect: Other -> first handler Other
        print(exc.__name__, "-> Exception handler", type(e).__name__)
