class A:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")

print(A())   # expect: 42

class B:
    def __new__(cls):
        return super().__new__(Other)

class Other:
    def __init__(self):
        print("not run either")

print(type(B()).__name__)   # expect: Other
