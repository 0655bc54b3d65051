b = bytearray()
def message(call):
    try:
        call()
    except TypeError as e:
        return str(e)
print(message(lambda: b.copy(1)))    # expect: bytearray.copy() takes no arguments (1 given)
print(message(lambda: b.clear(1)))    # expect: bytearray.clear() takes no arguments (1 given)
print(message(lambda: b.reverse(1)))    # expect: bytearray.reverse() takes no arguments (1 given)
print(message(lambda: b.pop(1, 2)))    # expect: pop expected at most 1 argument, got 2
print(message(lambda: b.insert(1)))    # expect: insert expected 2 arguments, got 1
