match [1, 2]:
    case x: print(x)
print(x)
# expect: [1, 2]
# expect: [1, 2]
