counter = 0

def bump():
    global counter
    counter += 1

def read():
    return counter

bump()
bump()
print(counter)   # expect: 2
print(read())    # expect: 2

def make():
    global created
    created = 'yes'

make()
print(created)   # expect: yes
