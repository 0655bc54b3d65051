s = chr(0xd83d) + chr(0xde00)
print(len(s), s == '\ud83d\ude00', s == '\U0001f600')    # expect: 2 True False
print(ord(s[0]), ord(s[1]))    # expect: 55357 56832
