class Rec:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return self.name

people = [Rec("b", 30), Rec("a", 25), Rec("c", 30), Rec("d", 25)]
print(sorted(people, key=lambda r: r.age))   # expect: [a, d, b, c]
print(max(people, key=lambda r: r.age), min(people, key=lambda r: r.name))   # expect: b a
people.sort(key=lambda r: (-r.age, r.name))
print(people)   # expect: [b, c, a, d]
sorted(people)   # raises: TypeError: '<' not supported between instances of 'Rec' and 'Rec'
