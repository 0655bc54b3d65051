def add(a, b):
    return a + b

def greet(name):
    print('hello', name)

def early(n):
    if n > 0:
        return 'positive'
    return 'not positive'

print(add(2, 3))        # expect: 5
print(add('a', 'b'))    # expect: ab
r = greet('world')      # expect: hello world
print(r)                # expect: None
print(early(1), early(-1))  # expect: positive not positive
alias = add
print(alias(1, 2.5))    # expect: 3.5
print(add(add(1, 2), add(3, 4)))  # expect: 10
