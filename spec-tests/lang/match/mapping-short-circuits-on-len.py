class D(dict):
    def get(self, *args):
        print("get called")
        return dict.get(self, *args)
match D(a=1):
    case {"a": 1, "b": 2}: print("no")
    case _: print("length check failed first")
# expect: length check failed first
