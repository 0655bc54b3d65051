class S:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return chr(65 + i)

print("".join(S()))   # expect: ABC
