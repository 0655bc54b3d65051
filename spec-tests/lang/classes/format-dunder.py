class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"

m = Money(3.14159)
print(format(m), f"{m}", f"{m:.2f}", "{:>8.1f}".format(m))   # expect: $3.14159 $3.14159 $3.14 $     3.1
