class A:
    def __hash__(self):
        return 2**70

class B:
    def __hash__(self):
        return -1

print(hash(A()) == hash(2**70))   # expect: True
print(hash(B()))   # expect: -2
