print(repr('\ud800'))    # expect: '\ud800'
print(repr('a\udc80b'))    # expect: 'a\udc80b'
print(repr('\ud83d\ude00'))    # expect: '\ud83d\ude00'
print(repr("it's \udfff"))    # expect: "it's \udfff"
