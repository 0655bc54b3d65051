print(hash('\ud800'))    # expect: 5926611903945376553
print(hash('\udc80abc'))    # expect: 460556030223360103
print(hash('\ud83d\ude00'))    # expect: 7910225535238332317
print(hash('\U0001f600\ud800'))    # expect: 1762687746387226908
print(hash('\xe9\udc80'))    # expect: 5173947082876524170
