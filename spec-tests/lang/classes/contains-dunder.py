class Evens:
    def __contains__(self, x):
        print("checking", x)
        return x % 2 == 0

e = Evens()
# expect: checking 4
# expect: True
print(4 in e)
# expect: checking 3
# expect: True
print(3 not in e)
