class A:
    def __helper(self):
        return "helper"
    def call(self):
        return self.__helper()
    __class_attr = 5
    def get(self):
        return A.__class_attr, getattr(self, "_A__class_attr")

print(A().call(), A().get())   # expect: helper (5, 5)
print(hasattr(A, "__helper"), hasattr(A, "_A__helper"))   # expect: False True
