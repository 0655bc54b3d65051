class A:
    def __getattr__(self, name):
        raise ValueError("from __getattr__ " + name)   # raises: ValueError: from __getattr__ missing

print("start")   # expect: start
A().missing
