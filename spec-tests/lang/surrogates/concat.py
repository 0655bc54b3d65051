s = 'a' + '\ud800'
print(repr(s), len(s))    # expect: 'a\ud800' 2
print(repr('\udc80' + 'é'))    # expect: '\udc80é'
print(repr('\ud83d' + '\ude00'), len('\ud83d' + '\ude00'))    # expect: '\ud83d\ude00' 2
