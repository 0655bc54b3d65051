# Character classes of Unicode 14.0 (CPython 3.11): isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isprintable, isidentifier.
samples = ["5", "½", "²", "٣", "۳", "߃", "१", "๓", "一", "万", "Ⅻ", "ⅻ", "〇", "①", "⑴", "⒈", "𝟘", "🄁", "\U0001fbf5", "a", "é", "ß", "ǅ", "ʰ", "ͅ",
           "\u0903", "\u093f", "ー", "々", "_", "-", " ", "\t", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u180e", "\u200b", "\u2028", "\u3000",
           "\ufeff", "\x00", "\x7f", "\xad", "\U000e0001", "\U0010ffff", "\u0378", "\u2070", "\u2071", "℘", "℮", "·", "゛", "\u1885",
           "\U00011f00", "\U0001e4d0", "\u0cf3", "\U00011f50", "\u1c89", "ǅ1", "a1½", "", "abc ", "ab_1", "1ab", "_1", "a b"]
for c in samples:
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(), c.isidentifier(), c.isascii())
print("{٠}".format("zero"), format(7, "٣"), format(1.5, ".١f"))
# expect: '5' True True True False True False True False True
# expect: '½' False False True False True False True False False
# expect: '²' True False True False True False True False False
# expect: '٣' True True True False True False True False False
# expect: '۳' True True True False True False True False False
# expect: '߃' True True True False True False True False False
# expect: '१' True True True False True False True False False
# expect: '๓' True True True False True False True False False
# expect: '一' False False True True True False True True False
# expect: '万' False False True True True False True True False
# expect: 'Ⅻ' False False True False True False True True False
# expect: 'ⅻ' False False True False True False True True False
# expect: '〇' False False True False True False True True False
# expect: '①' True False True False True False True False False
# expect: '⑴' True False True False True False True False False
# expect: '⒈' True False True False True False True False False
# expect: '𝟘' True True True False True False True False False
# expect: '🄁' True False True False True False True False False
# expect: '🯵' True True True False True False True False False
# expect: 'a' False False False True True False True True True
# expect: 'é' False False False True True False True True False
# expect: 'ß' False False False True True False True True False
# expect: 'ǅ' False False False True True False True True False
# expect: 'ʰ' False False False True True False True True False
# expect: 'ͅ' False False False False False False True False False
# expect: 'ः' False False False False False False True False False
# expect: 'ि' False False False False False False True False False
# expect: 'ー' False False False True True False True True False
# expect: '々' False False False True True False True True False
# expect: '_' False False False False False False True True True
# expect: '-' False False False False False False True False True
# expect: ' ' False False False False False True True False True
# expect: '\t' False False False False False True False False True
# expect: '\x1c' False False False False False True False False True
# expect: '\x1f' False False False False False True False False True
# expect: '\x85' False False False False False True False False False
# expect: '\xa0' False False False False False True False False False
# expect: '\u1680' False False False False False True False False False
# expect: '\u180e' False False False False False False False False False
# expect: '\u200b' False False False False False False False False False
# expect: '\u2028' False False False False False True False False False
# expect: '\u3000' False False False False False True False False False
# expect: '\ufeff' False False False False False False False False False
# expect: '\x00' False False False False False False False False True
# expect: '\x7f' False False False False False False False False True
# expect: '\xad' False False False False False False False False False
# expect: '\U000e0001' False False False False False False False False False
# expect: '\U0010ffff' False False False False False False False False False
# expect: '\u0378' False False False False False False False False False
# expect: '⁰' True False True False True False True False False
# expect: 'ⁱ' False False False True True False True True False
# expect: '℘' False False False False False False True True False
# expect: '℮' False False False False False False True True False
# expect: '·' False False False False False False True False False
# expect: '゛' False False False False False False True False False
# expect: 'ᢅ' False False False False False False True True False
# expect: '\U00011f00' False False False False False False False False False
# expect: '\U0001e4d0' False False False False False False False False False
# expect: '\u0cf3' False False False False False False False False False
# expect: '\U00011f50' False False False False False False False False False
# expect: '\u1c89' False False False False False False False False False
# expect: 'ǅ1' False False False False True False True True False
# expect: 'a1½' False False False False True False True False False
# expect: '' False False False False False False True False True
# expect: 'abc ' False False False False False False True False True
# expect: 'ab_1' False False False False False False True True True
# expect: '1ab' False False False False True False True False True
# expect: '_1' False False False False False False True True True
# expect: 'a b' False False False False False False True False True
# expect: zero   7 1.5
