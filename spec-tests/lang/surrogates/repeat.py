print(repr('\ud800' * 3))    # expect: '\ud800\ud800\ud800'
print(repr(2 * 'a\udc80'))    # expect: 'a\udc80a\udc80'
print(len('\ud800' * 10))    # expect: 10
print(repr('\ud800' * 0))    # expect: ''
