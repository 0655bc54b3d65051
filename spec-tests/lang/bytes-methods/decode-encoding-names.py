names = ['utf-8', 'UTF8', ' utf-8 ', 'u8', 'utf', 'utf8_ucs2', 'UTF_8', 'cp65001', 'ascii', 'US-ASCII', '646', 'ANSI_X3.4-1968', 'iso-ir-6',
         'latin-1', 'Latin1', 'L1', 'latin', 'iso-8859-1', 'ISO_8859-1:1987', 'cp819', 'IBM819', '8859', 'iso8859']
for name in names:
    print(repr(name), b'A\xe9'.decode(name, 'replace'))

# expect: 'utf-8' A�
# expect: 'UTF8' A�
# expect: ' utf-8 ' A�
# expect: 'u8' A�
# expect: 'utf' A�
# expect: 'utf8_ucs2' A�
# expect: 'UTF_8' A�
# expect: 'cp65001' A�
# expect: 'ascii' A�
# expect: 'US-ASCII' A�
# expect: '646' A�
# expect: 'ANSI_X3.4-1968' A�
# expect: 'iso-ir-6' A�
# expect: 'latin-1' Aé
# expect: 'Latin1' Aé
# expect: 'L1' Aé
# expect: 'latin' Aé
# expect: 'iso-8859-1' Aé
# expect: 'ISO_8859-1:1987' Aé
# expect: 'cp819' Aé
# expect: 'IBM819' Aé
# expect: '8859' Aé
# expect: 'iso8859' Aé
