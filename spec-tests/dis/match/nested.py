def walk(tree):
    for node in tree:
        match node:
            case ("leaf", v):
                yield_ = v
                continue
            case ("node", [*children]):
                for c in children:
                    match c:
                        case {"stop": True}:
                            break
                        case _:
                            pass
            case ("pair", (l, r)) | ("pair", [l, r]):
                while l:
                    match r:
                        case 0: break
                        case _: l -= 1
    try:
        match tree:
            case []: raise ValueError
    except ValueError:
        pass
    finally:
        match tree:
            case [_]: pass
