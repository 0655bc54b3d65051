class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
    def __repr__(self):
        return f"Node({self.name}, {self.kids})"

root = Node("r")
root.kids.append(Node("a"))
root.kids[0].kids.append(Node("b"))
print(root)   # expect: Node(r, [Node(a, [Node(b, [])])])
