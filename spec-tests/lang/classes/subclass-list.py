class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__)   # expect: [1, 2, 3] 3 3 Stack
print(s + [4], type(s + [4]).__name__, sorted(s, reverse=True))   # expect: [1, 2, 3, 4] list [3, 2, 1]
