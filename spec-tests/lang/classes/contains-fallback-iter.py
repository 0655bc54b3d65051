class It:
    def __iter__(self):
        print("iterating")
        return iter(["a", "b", "c"])

# expect: iterating
# expect: True
print("b" in It())
# expect: iterating
# expect: False
print("z" in It())
