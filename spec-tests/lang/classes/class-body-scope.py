x = "global"

class A:
    x = "class"
    y = x
    items = [x for _ in range(1)]
    def method(self):
        return x

print(A.y, A.items, A().method())   # expect: class ['global'] global
