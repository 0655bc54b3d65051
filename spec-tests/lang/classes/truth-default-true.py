class Empty:
    pass

print(bool(Empty()), not Empty())   # expect: True False
while Empty():
    print("loop once")   # expect: loop once
    break
