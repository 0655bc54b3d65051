class Fuzzy:
    def __lt__(self, other):
        return [1]
    def __eq__(self, other):
        return 0

print(Fuzzy() < 1)   # expect: [1]
print(Fuzzy() == 1)   # expect: 0
if Fuzzy() < 1:
    print("truthy list")   # expect: truthy list
print(not (Fuzzy() == 1))   # expect: True
