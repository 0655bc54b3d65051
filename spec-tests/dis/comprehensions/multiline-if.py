# A comprehension's own instructions (its `if` jumps among them) are on its
# first line; a comparison moves the location to its line.
def f(name):
    return [p for p in name.split('/') if p and p != '.']


def g(name):
    return [p for p in name.split('/')
            if p and p != '.']


h = lambda: (a
             + b)
k = lambda x: {y: 1 for y in x
               if y > 1 and
               y}
