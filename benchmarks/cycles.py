# Issue 8's "no cycle leaks" program: a million pairs of instances that refer
# to each other, then 100,000 classes made and dropped. Only the collector
# frees them; peak memory shows whether it keeps up.
class Node:
    def __init__(self):
        self.other = None

for i in range(1000000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
for i in range(100000):
    C = type('C', (object,), {'x': i})
    D = type('D', (C,), {})
print('done')
