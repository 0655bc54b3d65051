class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))   # expect: 2
c = Counter()
c.instances = "shadow"
print(len(Counter.instances), c.instances)   # expect: 3 shadow
del c.instances
print(len(c.instances))   # expect: 3
