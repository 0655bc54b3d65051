class A:
    def __len__(self):
        return True

print(len(A()), bool(A()))   # expect: 1 True
