class Node:
    def __init__(self, name): self.name, self.children, self.parent = name, [], None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name
    def __repr__(self): return f"Node({self.name})"
    def walk(self):
        out = [self]
        for c in self.children: out += c.walk()
        return out
root = Node("r")
a = root.add(Node("a"))
b = a.add(Node("b"))
root.add(Node("c"))
print(b.path(), root.walk(), [n.path() for n in root.walk()])   # expect: r/a/b [Node(r), Node(a), Node(b), Node(c)] ['r', 'r/a', 'r/a/b', 'r/c']
print(b.parent.parent is root, len(root.children))   # expect: True 2
