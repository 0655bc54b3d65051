class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n.shout(), n + "by", type(n + "by").__name__, len(n))   # expect: BOB! bobby str 3
print(n == "bob", {n: 1}["bob"], isinstance(n, str))   # expect: True 1 True
