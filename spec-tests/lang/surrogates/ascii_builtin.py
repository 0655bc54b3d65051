print(ascii('\ud800'))    # expect: '\ud800'
print(ascii('é\udc80'))    # expect: '\xe9\udc80'
print(ascii(['\udfff']))    # expect: ['\udfff']
