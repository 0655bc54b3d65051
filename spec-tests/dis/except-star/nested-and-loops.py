def f(items):
    for x in items:
        try:
            try:
                x()
            except* ValueError as e:
                for sub in e.exceptions:
                    if sub.args:
                        break
                    print(sub)
        except* TypeError:
            pass
        finally:
            print("done")
    return items


class C:
    def m(self):
        try:
            return self.g()
        except* Exception as eg:
            raise RuntimeError("wrapped") from eg
