counter = 0
class A:
    global counter
    counter += 1
    x = counter
