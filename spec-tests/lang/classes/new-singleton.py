class Single:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance
    def __init__(self):
        print("init runs each time")

# expect: created
# expect: init runs each time
a = Single()
b = Single()   # expect: init runs each time
print(a is b)   # expect: True
