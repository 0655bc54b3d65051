match value := 3:
    case 1 | -1 | 2.5 | -2.5j | 1 + 2j | 1 - 2j:
        pass
    case "a" "b" | b"x" | None | True | False:
        pass
    case {1: a, "k": b, None: c, 0.5: d}:
        pass
    case {-1: x, b"y": y, 3j: z}:
        pass
    case (a, b) if value in (1, 2):
        pass
print(value)
