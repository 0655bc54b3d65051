import unicodedata as u
def s(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(u) if not n.startswith('_') and n not in ('UCD', 'ucd_3_2_0')))
print(u.unidata_version)
chars = 'aZ0½²٣é\u0301\u05d0\u0660 \t\n\x00(日\uac00\u4e00\U0001F600\U0001FAE8\u0860\ufeff\u2028\ue000\U00010000ﬁǅ\u00a0\u200d\u0378\U000E0001\U0010FFFF\ud800'
for ch in chars:
    print(hex(ord(ch)), [f(ch) for f in (u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition)], u.name(ch, None), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-4E00', 'BYTE ORDER MARK', 'nope', 'SHAKING FACE', 'x' * 300, b'EURO SIGN', 'GRINNING FACE']:
    s(u.lookup, name)
s(u.category, 'ab'); s(u.category, 3); s(u.category); s(u.name, '\x00'); s(u.name, '\x00', 'd')
s(u.decimal, 'a'); s(u.digit, 'a'); s(u.numeric, 'a'); s(u.decimal, 'a', None); s(u.normalize, 'X', 'a'); s(u.normalize, 'X', ''); s(u.normalize, 'NFC', 3)
s(u.name); s(u.name, 'a', 'b', 'c'); s(u.lookup, 3)
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for t in ['é', 'e\u0301', 'ﬁ', 'Å', '\u1e9b\u0323', '한국어', '\u00c5\u0301\ud800x', '', '①²']:
        print(form, ascii(u.normalize(form, t)), u.is_normalized(form, t))
print(sum(1 for c in range(0, 0x110000, 101) if u.category(chr(c)) == 'Cn'))
print(sum(u.combining(chr(c)) for c in range(0, 0x110000, 101)), sum(u.mirrored(chr(c)) for c in range(0, 0x110000, 101)))
print(sum(len(u.decomposition(chr(c))) for c in range(0, 0x110000, 101)))
print(sum(u.numeric(chr(c), 0) for c in range(0, 0x110000, 101)))
print(sum(1 for c in range(0, 0x110000, 101) if u.name(chr(c), None)))
o = u.ucd_3_2_0
print(type(o).__name__, type(o).__module__, o.unidata_version)
for ch in chars:
    print(hex(ord(ch)), [f(ch) for f in (o.category, o.bidirectional, o.combining, o.east_asian_width, o.mirrored, o.decomposition)], o.name(ch, None), o.decimal(ch, None), o.digit(ch, None), o.numeric(ch, None))
for name in ['LATIN SMALL LETTER A', 'BYTE ORDER MARK', 'GRINNING FACE', 'EURO SIGN', 'HANGUL SYLLABLE GA']:
    s(o.lookup, name)
for form in ['NFC', 'NFKD']:
    for t in ['é', 'e\u0301', 'ﬁ', '\U0001F600', 'a\u0860\u0301']:
        print(form, ascii(o.normalize(form, t)), o.is_normalized(form, t))
print(sum(1 for c in range(0, 0x110000, 101) if o.category(chr(c)) == 'Cn'))
print(sum(o.numeric(chr(c), 0) for c in range(0, 0x110000, 101)))
import stringprep, codecs
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00c5'), stringprep.in_table_c12('\u00a0'), stringprep.in_table_d1('\u05d0'))
print(codecs.encode('bücher', 'punycode'), codecs.decode(b'bcher-kva', 'punycode'))
print([ascii(o.normalize(f, chr(c))) for f in ['NFC', 'NFKD'] for c in [0xF951, 0x2F868, 0x2F9BF]], o.is_normalized('NFC', '\uf951'), u.normalize('NFC', '\uf951'))

# expect: ['bidirectional', 'category', 'combining', 'decimal', 'decomposition', 'digit', 'east_asian_width', 'is_normalized', 'lookup', 'mirrored', 'name', 'normalize', 'numeric', 'unidata_version']
# expect: 14.0.0
# expect: 0x61 ['Ll', 'L', 0, 'Na', 0, ''] LATIN SMALL LETTER A None None None
# expect: 0x5a ['Lu', 'L', 0, 'Na', 0, ''] LATIN CAPITAL LETTER Z None None None
# expect: 0x30 ['Nd', 'EN', 0, 'Na', 0, ''] DIGIT ZERO 0 0 0.0
# expect: 0xbd ['No', 'ON', 0, 'A', 0, '<fraction> 0031 2044 0032'] VULGAR FRACTION ONE HALF None None 0.5
# expect: 0xb2 ['No', 'EN', 0, 'A', 0, '<super> 0032'] SUPERSCRIPT TWO None 2 2.0
# expect: 0x663 ['Nd', 'AN', 0, 'N', 0, ''] ARABIC-INDIC DIGIT THREE 3 3 3.0
# expect: 0xe9 ['Ll', 'L', 0, 'A', 0, '0065 0301'] LATIN SMALL LETTER E WITH ACUTE None None None
# expect: 0x301 ['Mn', 'NSM', 230, 'A', 0, ''] COMBINING ACUTE ACCENT None None None
# expect: 0x5d0 ['Lo', 'R', 0, 'N', 0, ''] HEBREW LETTER ALEF None None None
# expect: 0x660 ['Nd', 'AN', 0, 'N', 0, ''] ARABIC-INDIC DIGIT ZERO 0 0 0.0
# expect: 0x20 ['Zs', 'WS', 0, 'Na', 0, ''] SPACE None None None
# expect: 0x9 ['Cc', 'S', 0, 'N', 0, ''] None None None None
# expect: 0xa ['Cc', 'B', 0, 'N', 0, ''] None None None None
# expect: 0x0 ['Cc', 'BN', 0, 'N', 0, ''] None None None None
# expect: 0x28 ['Ps', 'ON', 0, 'Na', 1, ''] LEFT PARENTHESIS None None None
# expect: 0x65e5 ['Lo', 'L', 0, 'W', 0, ''] CJK UNIFIED IDEOGRAPH-65E5 None None None
# expect: 0xac00 ['Lo', 'L', 0, 'W', 0, ''] HANGUL SYLLABLE GA None None None
# expect: 0x4e00 ['Lo', 'L', 0, 'W', 0, ''] CJK UNIFIED IDEOGRAPH-4E00 None None 1.0
# expect: 0x1f600 ['So', 'ON', 0, 'W', 0, ''] GRINNING FACE None None None
# expect: 0x1fae8 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0x860 ['Lo', 'AL', 0, 'N', 0, ''] SYRIAC LETTER MALAYALAM NGA None None None
# expect: 0xfeff ['Cf', 'BN', 0, 'N', 0, ''] ZERO WIDTH NO-BREAK SPACE None None None
# expect: 0x2028 ['Zl', 'WS', 0, 'N', 0, ''] LINE SEPARATOR None None None
# expect: 0xe000 ['Co', 'L', 0, 'A', 0, ''] None None None None
# expect: 0x10000 ['Lo', 'L', 0, 'N', 0, ''] LINEAR B SYLLABLE B008 A None None None
# expect: 0xfb01 ['Ll', 'L', 0, 'N', 0, '<compat> 0066 0069'] LATIN SMALL LIGATURE FI None None None
# expect: 0x1c5 ['Lt', 'L', 0, 'N', 0, '<compat> 0044 017E'] LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON None None None
# expect: 0xa0 ['Zs', 'CS', 0, 'N', 0, '<noBreak> 0020'] NO-BREAK SPACE None None None
# expect: 0x200d ['Cf', 'BN', 0, 'N', 0, ''] ZERO WIDTH JOINER None None None
# expect: 0x378 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0xe0001 ['Cf', 'BN', 0, 'N', 0, ''] LANGUAGE TAG None None None
# expect: 0x10ffff ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0xd800 ['Cs', 'L', 0, 'N', 0, ''] None None None None
# expect: 'a'
# expect: 'a'
# expect: '€'
# expect: '가'
# expect: '一'
# expect: '\ufeff'
# expect: KeyError "undefined character name 'nope'"
# expect: KeyError "undefined character name 'SHAKING FACE'"
# expect: KeyError 'name too long'
# expect: '€'
# expect: '😀'
# expect: TypeError category() argument must be a unicode character, not str
# expect: TypeError category() argument must be a unicode character, not int
# expect: TypeError unicodedata.category() takes exactly one argument (0 given)
# expect: ValueError no such name
# expect: 'd'
# expect: ValueError not a decimal
# expect: ValueError not a digit
# expect: ValueError not a numeric character
# expect: None
# expect: ValueError invalid normalization form
# expect: ''
# expect: TypeError normalize() argument 2 must be str, not int
# expect: TypeError name expected at least 1 argument, got 0
# expect: TypeError name expected at most 2 arguments, got 3
# expect: TypeError a bytes-like object is required, not 'int'
# expect: NFC '\xe9' True
# expect: NFC '\xe9' False
# expect: NFC '\ufb01' True
# expect: NFC '\xc5' True
# expect: NFC '\u1e9b\u0323' True
# expect: NFC '\ud55c\uad6d\uc5b4' True
# expect: NFC '\u01fa\ud800x' False
# expect: NFC '' True
# expect: NFC '\u2460\xb2' True
# expect: NFD 'e\u0301' False
# expect: NFD 'e\u0301' True
# expect: NFD '\ufb01' True
# expect: NFD 'A\u030a' False
# expect: NFD '\u017f\u0323\u0307' False
# expect: NFD '\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165' False
# expect: NFD 'A\u030a\u0301\ud800x' False
# expect: NFD '' True
# expect: NFD '\u2460\xb2' True
# expect: NFKC '\xe9' True
# expect: NFKC '\xe9' False
# expect: NFKC 'fi' False
# expect: NFKC '\xc5' True
# expect: NFKC '\u1e69' False
# expect: NFKC '\ud55c\uad6d\uc5b4' True
# expect: NFKC '\u01fa\ud800x' False
# expect: NFKC '' True
# expect: NFKC '12' False
# expect: NFKD 'e\u0301' False
# expect: NFKD 'e\u0301' True
# expect: NFKD 'fi' False
# expect: NFKD 'A\u030a' False
# expect: NFKD 's\u0323\u0307' False
# expect: NFKD '\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165' False
# expect: NFKD 'A\u030a\u0301\ud800x' False
# expect: NFKD '' True
# expect: NFKD '12' False
# expect: 8218
# expect: 694 6
# expect: 694
# expect: 1000000140136.0
# expect: 1370
# expect: UCD unicodedata 3.2.0
# expect: 0x61 ['Ll', 'L', 0, 'Na', 0, ''] LATIN SMALL LETTER A None None None
# expect: 0x5a ['Lu', 'L', 0, 'Na', 0, ''] LATIN CAPITAL LETTER Z None None None
# expect: 0x30 ['Nd', 'EN', 0, 'Na', 0, ''] DIGIT ZERO 0 0 0.0
# expect: 0xbd ['No', 'ON', 0, 'A', 0, '<fraction> 0031 2044 0032'] VULGAR FRACTION ONE HALF None None 0.5
# expect: 0xb2 ['No', 'EN', 0, 'A', 0, '<super> 0032'] SUPERSCRIPT TWO 2 2 2.0
# expect: 0x663 ['Nd', 'AN', 0, 'N', 0, ''] ARABIC-INDIC DIGIT THREE 3 3 3.0
# expect: 0xe9 ['Ll', 'L', 0, 'A', 0, '0065 0301'] LATIN SMALL LETTER E WITH ACUTE None None None
# expect: 0x301 ['Mn', 'NSM', 230, 'A', 0, ''] COMBINING ACUTE ACCENT None None None
# expect: 0x5d0 ['Lo', 'R', 0, 'N', 0, ''] HEBREW LETTER ALEF None None None
# expect: 0x660 ['Nd', 'AN', 0, 'N', 0, ''] ARABIC-INDIC DIGIT ZERO 0 0 0.0
# expect: 0x20 ['Zs', 'WS', 0, 'Na', 0, ''] SPACE None None None
# expect: 0x9 ['Cc', 'S', 0, 'N', 0, ''] None None None None
# expect: 0xa ['Cc', 'B', 0, 'N', 0, ''] None None None None
# expect: 0x0 ['Cc', 'BN', 0, 'N', 0, ''] None None None None
# expect: 0x28 ['Ps', 'ON', 0, 'Na', 1, ''] LEFT PARENTHESIS None None None
# expect: 0x65e5 ['Lo', 'L', 0, 'W', 0, ''] CJK UNIFIED IDEOGRAPH-65E5 None None None
# expect: 0xac00 ['Lo', 'L', 0, 'W', 0, ''] HANGUL SYLLABLE GA None None None
# expect: 0x4e00 ['Lo', 'L', 0, 'W', 0, ''] CJK UNIFIED IDEOGRAPH-4E00 None None 1.0
# expect: 0x1f600 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0x1fae8 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0x860 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0xfeff ['Cf', 'BN', 0, 'N', 0, ''] ZERO WIDTH NO-BREAK SPACE None None None
# expect: 0x2028 ['Zl', 'WS', 0, 'N', 0, ''] LINE SEPARATOR None None None
# expect: 0xe000 ['Co', 'L', 0, 'A', 0, ''] None None None None
# expect: 0x10000 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0xfb01 ['Ll', 'L', 0, 'N', 0, '<compat> 0066 0069'] LATIN SMALL LIGATURE FI None None None
# expect: 0x1c5 ['Lt', 'L', 0, 'N', 0, '<compat> 0044 017E'] LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON None None None
# expect: 0xa0 ['Zs', 'CS', 0, 'N', 0, '<noBreak> 0020'] NO-BREAK SPACE None None None
# expect: 0x200d ['Cf', 'BN', 0, 'N', 0, ''] ZERO WIDTH JOINER None None None
# expect: 0x378 ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0xe0001 ['Cf', 'BN', 0, 'N', 0, ''] LANGUAGE TAG None None None
# expect: 0x10ffff ['Cn', '', 0, 'F', 0, ''] None None None None
# expect: 0xd800 ['Cs', 'L', 0, 'N', 0, ''] None None None None
# expect: 'a'
# expect: KeyError "undefined character name 'BYTE ORDER MARK'"
# expect: KeyError "undefined character name 'GRINNING FACE'"
# expect: '€'
# expect: '가'
# expect: NFC '\xe9' True
# expect: NFC '\xe9' False
# expect: NFC '\ufb01' True
# expect: NFC '\U0001f600' True
# expect: NFC 'a\u0860\u0301' True
# expect: NFKD 'e\u0301' False
# expect: NFKD 'e\u0301' True
# expect: NFKD 'fi' False
# expect: NFKD '\U0001f600' True
# expect: NFKD 'a\u0860\u0301' True
# expect: 8713
# expect: 1000000000015.0
# expect: True True å True True
# expect: b'bcher-kva' bücher
# expect: ["'\\u964b'", "'\\U0002136a'", "'\\u4d57'", "'\\u964b'", "'\\U0002136a'", "'\\u4d57'"] False 陋
