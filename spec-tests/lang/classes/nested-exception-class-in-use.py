class Stack:
    class Empty(Exception):
        pass
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise Stack.Empty("pop from empty stack")   # raises: Stack.Empty: pop from empty stack
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

s = Stack()
s.push(1)
s.push(2)
print(s, len(s), bool(s), s.pop(), s.pop(), bool(s))   # expect: Stack([]) 2 True 2 1 False
try:
    s.pop()
except Stack.Empty as e:
    print(type(e).__qualname__, e, isinstance(e, Exception))   # expect: Stack.Empty pop from empty stack True
s.pop()
