class Both:
    def __bool__(self):
        print("bool")
        return False
    def __len__(self):
        print("len")
        return 5

# expect: bool
# expect: False
print(bool(Both()))
# expect: len
# expect: 5
print(len(Both()))
# expect: bool
# expect: no
print("yes" if Both() else "no")
