class A:
    @classmethod
    def name(cls):
        return "A sees " + cls.__name__
    @staticmethod
    def helper():
        return "static"

class B(A):
    @classmethod
    def name(cls):
        return super().name() + " via B"
    def use(self):
        return super().helper(), super().name()

print(B.name())   # expect: A sees B via B
print(B().use())   # expect: ('static', 'A sees B')
