# Swallowing inside a loop: the loop goes on with the next item.
class Ignore:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        if kind is not None and issubclass(kind, self.kind):
            print("ignored", exc)
            return True
results = []
for text in ["1", "x", "3", "", "5"]:
    with Ignore(ValueError):
        results.append(int(text))
print(results)

# expect: ignored invalid literal for int() with base 10: 'x'
# expect: ignored invalid literal for int() with base 10: ''
# expect: [1, 3, 5]
