class A:
    def f(self):
        pass

a = A()
names = dir(a)
print("__dict__" in names, "__class__" in names, "__init__" in names, "__eq__" in names)   # expect: True True True True
print("__weakref__" in names, "__module__" in names)   # expect: True True
print(names == sorted(names))   # expect: True
