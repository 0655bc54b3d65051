print(hash('\ud800') == hash('\ufffd'))    # expect: False
print(hash(chr(0xd800)) == hash('\ud800'))    # expect: True
