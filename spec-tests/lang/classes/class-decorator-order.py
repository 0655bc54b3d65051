def trace(label):
    print("made decorator", label)
    def deco(cls):
        print("applied", label, "to", cls.__name__)
        return cls
    return deco

# expect: made decorator outer
@trace("outer")
# expect: made decorator inner
@trace("inner")
# expect: class body runs
# expect: applied inner to A
# expect: applied outer to A
class A:
    print("class body runs")
