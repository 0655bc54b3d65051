def outer(s):
    match s:
        case [x, *ys] if ys:
            return lambda: (x, ys)
        case {"k": k}:
            def inner():
                return k
            return inner

class C:
    match 1:
        case __private:
            pass
    def m(self, v):
        match v:
            case self.attr:
                return True
            case {self.key: val, **rest}:
                return val, rest
