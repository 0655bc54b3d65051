print("never printed")
class A:
    ys = [(y := x) for x in range(3)]    # raises: SyntaxError: assignment expression within a comprehension cannot be used in a class body
