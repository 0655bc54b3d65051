x = input_value = 5
match x:
    case int(n) if n > 3:
        print("big")
    case int(n):
        print("small", n)
    case _ if x:
        print("other")

def g(v):
    match v:
        case [a] if a:
            pass
        case _:
            return None
    return a

def h(v):
    match v:
        case w:
            return w
