print(len('\ud800'))    # expect: 1
print(len('\ud83d\ude00'))    # expect: 2
print(len('x\udc80y\udcff'))    # expect: 4
