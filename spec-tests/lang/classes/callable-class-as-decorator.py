class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def double(x):
    return x * 2

print(double(2), double(5), double.calls)   # expect: 4 10 2
print(type(double).__name__)   # expect: CountCalls
