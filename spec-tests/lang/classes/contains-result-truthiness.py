class Weird:
    def __contains__(self, x):
        return [x] if x else []

print(1 in Weird(), 0 in Weird())   # expect: True False
