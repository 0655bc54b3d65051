print([repr(c) for c in 'x\ud800\udc00y'])    # expect: ["'x'", "'\\ud800'", "'\\udc00'", "'y'"]
print(list(map(ord, '\ud83d\ude00')))    # expect: [55357, 56832]
