class A:
    x = "class"
    def __init__(self):
        self.y = "instance"
    def __getattr__(self, name):
        return f"<{name}>"

a = A()
print(a.x, a.y, a.z)   # expect: class instance <z>
print(getattr(a, "w"))   # expect: <w>
print(hasattr(a, "anything"))   # expect: True
