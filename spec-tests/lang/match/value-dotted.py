class Color:
    RED = 1
    GREEN = 2
class NS:
    Color = Color
for x in [1, 2, 3]:
    match x:
        case Color.RED: print("red")
        case NS.Color.GREEN: print("green")
        case other: print("other", other)
# expect: red
# expect: green
# expect: other 3
