# join keeps surrogates in the separator and in the items.
print(ascii('\ud800'.join(['a', 'b', 'c'])), ascii('-'.join(['\udc00', 'x', '\ud800'])))
print(ascii(''.join(['\ud83d', '\ude00'])), len(''.join(['\ud83d', '\ude00'])), ascii('\udfff'.join([])))
only = 'x\ud800'
print(''.join([only]) is only, ascii('\ud800'.join(iter(['\ue000', '\U000f0000']))))
print(ascii(', '.join(map(chr, [0xd800, 0x41, 0xdfff]))))

# expect: 'a\ud800b\ud800c' '\udc00-x-\ud800'
# expect: '\ud83d\ude00' 2 ''
# expect: True '\ue000\ud800\U000f0000'
# expect: '\ud800, A, \udfff'
