# Case mappings of Unicode 14.0 (CPython 3.11): special casings, titlecase, final sigma, casefold.
samples = ["ß", "ẞ", "ﬁ", "ﬃ", "ŉ", "ǅ", "ǆ", "Ǆ", "ǈ", "ΐ", "ᾳ", "ᾼ", "İ", "ı", "i", "ς", "σ", "Σ", "ͅ", "µ", "ſ", "K",
           "ა", "Ა", "ꭰ", "Ꭰ", "ᏸ", "ⓐ", "Ⓐ", "ǰ", "ﬓ", "ő", "ʼn", "ɤ", "ƛ", "ꟓ", "Ᲊ", "ᲊ", "\U0001e922", "\U00010400", "1", " ", "'"]
for c in samples:
    print(repr(c), repr(c.upper()), repr(c.lower()), repr(c.title()), repr(c.capitalize()), repr(c.swapcase()), repr(c.casefold()))
words = ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "ΑΣ'Σ", "ΑΣ\u0345", "ΑΣΑ", "Α.Σ", "ΑΣ1", "σς", "ΣΑΣ ΣΑΣ", "they're bill's friends", "hELLO wORLD", "ǆemal ǆ", "ﬁre ﬂy",
         "ŉ ŉ", "ß-ß", "1st 2nd", "a_b c-d", "ΣΑΣ".lower(), "İstanbul", "ΆΣ", "Ǆ\u0300Σ"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print(" ", w.isupper(), w.islower(), w.istitle())
# expect: 'ß' 'SS' 'ß' 'Ss' 'Ss' 'SS' 'ss'
# expect: 'ẞ' 'ẞ' 'ß' 'ẞ' 'ẞ' 'ß' 'ss'
# expect: 'ﬁ' 'FI' 'ﬁ' 'Fi' 'Fi' 'FI' 'fi'
# expect: 'ﬃ' 'FFI' 'ﬃ' 'Ffi' 'Ffi' 'FFI' 'ffi'
# expect: 'ŉ' 'ʼN' 'ŉ' 'ʼN' 'ʼN' 'ʼN' 'ʼn'
# expect: 'ǅ' 'Ǆ' 'ǆ' 'ǅ' 'ǅ' 'ǅ' 'ǆ'
# expect: 'ǆ' 'Ǆ' 'ǆ' 'ǅ' 'ǅ' 'Ǆ' 'ǆ'
# expect: 'Ǆ' 'Ǆ' 'ǆ' 'ǅ' 'ǅ' 'ǆ' 'ǆ'
# expect: 'ǈ' 'Ǉ' 'ǉ' 'ǈ' 'ǈ' 'ǈ' 'ǉ'
# expect: 'ΐ' 'Ϊ́' 'ΐ' 'Ϊ́' 'Ϊ́' 'Ϊ́' 'ΐ'
# expect: 'ᾳ' 'ΑΙ' 'ᾳ' 'ᾼ' 'ᾼ' 'ΑΙ' 'αι'
# expect: 'ᾼ' 'ΑΙ' 'ᾳ' 'ᾼ' 'ᾼ' 'ᾼ' 'αι'
# expect: 'İ' 'İ' 'i̇' 'İ' 'İ' 'i̇' 'i̇'
# expect: 'ı' 'I' 'ı' 'I' 'I' 'I' 'ı'
# expect: 'i' 'I' 'i' 'I' 'I' 'I' 'i'
# expect: 'ς' 'Σ' 'ς' 'Σ' 'Σ' 'Σ' 'σ'
# expect: 'σ' 'Σ' 'σ' 'Σ' 'Σ' 'Σ' 'σ'
# expect: 'Σ' 'Σ' 'σ' 'Σ' 'Σ' 'σ' 'σ'
# expect: 'ͅ' 'Ι' 'ͅ' 'Ι' 'Ι' 'Ι' 'ι'
# expect: 'µ' 'Μ' 'µ' 'Μ' 'Μ' 'Μ' 'μ'
# expect: 'ſ' 'S' 'ſ' 'S' 'S' 'S' 's'
# expect: 'K' 'K' 'k' 'K' 'K' 'k' 'k'
# expect: 'ა' 'Ა' 'ა' 'ა' 'ა' 'Ა' 'ა'
# expect: 'Ა' 'Ა' 'ა' 'Ა' 'Ა' 'ა' 'ა'
# expect: 'ꭰ' 'Ꭰ' 'ꭰ' 'Ꭰ' 'Ꭰ' 'Ꭰ' 'Ꭰ'
# expect: 'Ꭰ' 'Ꭰ' 'ꭰ' 'Ꭰ' 'Ꭰ' 'ꭰ' 'Ꭰ'
# expect: 'ᏸ' 'Ᏸ' 'ᏸ' 'Ᏸ' 'Ᏸ' 'Ᏸ' 'Ᏸ'
# expect: 'ⓐ' 'Ⓐ' 'ⓐ' 'Ⓐ' 'Ⓐ' 'Ⓐ' 'ⓐ'
# expect: 'Ⓐ' 'Ⓐ' 'ⓐ' 'Ⓐ' 'Ⓐ' 'ⓐ' 'ⓐ'
# expect: 'ǰ' 'J̌' 'ǰ' 'J̌' 'J̌' 'J̌' 'ǰ'
# expect: 'ﬓ' 'ՄՆ' 'ﬓ' 'Մն' 'Մն' 'ՄՆ' 'մն'
# expect: 'ő' 'Ő' 'ő' 'Ő' 'Ő' 'Ő' 'ő'
# expect: 'ʼn' 'ʼN' 'ʼn' 'ʼN' 'ʼn' 'ʼN' 'ʼn'
# expect: 'ɤ' 'ɤ' 'ɤ' 'ɤ' 'ɤ' 'ɤ' 'ɤ'
# expect: 'ƛ' 'ƛ' 'ƛ' 'ƛ' 'ƛ' 'ƛ' 'ƛ'
# expect: 'ꟓ' 'ꟓ' 'ꟓ' 'ꟓ' 'ꟓ' 'ꟓ' 'ꟓ'
# expect: '\u1c89' '\u1c89' '\u1c89' '\u1c89' '\u1c89' '\u1c89' '\u1c89'
# expect: '\u1c8a' '\u1c8a' '\u1c8a' '\u1c8a' '\u1c8a' '\u1c8a' '\u1c8a'
# expect: '𞤢' '𞤀' '𞤢' '𞤀' '𞤀' '𞤀' '𞤢'
# expect: '𐐀' '𐐀' '𐐨' '𐐀' '𐐀' '𐐨' '𐐨'
# expect: '1' '1' '1' '1' '1' '1' '1'
# expect: ' ' ' ' ' ' ' ' ' ' ' ' ' '
# expect: "'" "'" "'" "'" "'" "'" "'"
# expect: 'ΟΔΟΣ' 'οδος' 'ΟΔΟΣ' 'Οδος' 'Οδος' 'οδος' 'οδοσ'
# expect:   True False False
# expect: 'ΟΔΟΣ ΟΔΟΣ.' 'οδος οδος.' 'ΟΔΟΣ ΟΔΟΣ.' 'Οδος Οδος.' 'Οδος οδος.' 'οδος οδος.' 'οδοσ οδοσ.'
# expect:   True False False
# expect: 'Σ' 'σ' 'Σ' 'Σ' 'Σ' 'σ' 'σ'
# expect:   True False True
# expect: "ΑΣ'Σ" "ασ'ς" "ΑΣ'Σ" "Ασ'Σ" "Ασ'ς" "ασ'ς" "ασ'σ"
# expect:   True False False
# expect: 'ΑΣͅ' 'αςͅ' 'ΑΣΙ' 'Αςͅ' 'Αςͅ' 'αςΙ' 'ασι'
# expect:   False False False
# expect: 'ΑΣΑ' 'ασα' 'ΑΣΑ' 'Ασα' 'Ασα' 'ασα' 'ασα'
# expect:   True False False
# expect: 'Α.Σ' 'α.ς' 'Α.Σ' 'Α.Σ' 'Α.ς' 'α.ς' 'α.σ'
# expect:   True False True
# expect: 'ΑΣ1' 'ας1' 'ΑΣ1' 'Ας1' 'Ας1' 'ας1' 'ασ1'
# expect:   True False False
# expect: 'σς' 'σς' 'ΣΣ' 'Σς' 'Σς' 'ΣΣ' 'σσ'
# expect:   False True False
# expect: 'ΣΑΣ ΣΑΣ' 'σας σας' 'ΣΑΣ ΣΑΣ' 'Σας Σας' 'Σας σας' 'σας σας' 'σασ σασ'
# expect:   True False False
# expect: "they're bill's friends" "they're bill's friends" "THEY'RE BILL'S FRIENDS" "They'Re Bill'S Friends" "They're bill's friends" "THEY'RE BILL'S FRIENDS" "they're bill's friends"
# expect:   False True False
# expect: 'hELLO wORLD' 'hello world' 'HELLO WORLD' 'Hello World' 'Hello world' 'Hello World' 'hello world'
# expect:   False False False
# expect: 'ǆemal ǆ' 'ǆemal ǆ' 'ǄEMAL Ǆ' 'ǅemal ǅ' 'ǅemal ǆ' 'ǄEMAL Ǆ' 'ǆemal ǆ'
# expect:   False True False
# expect: 'ﬁre ﬂy' 'ﬁre ﬂy' 'FIRE FLY' 'Fire Fly' 'Fire ﬂy' 'FIRE FLY' 'fire fly'
# expect:   False True False
# expect: 'ŉ ŉ' 'ŉ ŉ' 'ʼN ʼN' 'ʼN ʼN' 'ʼN ŉ' 'ʼN ʼN' 'ʼn ʼn'
# expect:   False True False
# expect: 'ß-ß' 'ß-ß' 'SS-SS' 'Ss-Ss' 'Ss-ß' 'SS-SS' 'ss-ss'
# expect:   False True False
# expect: '1st 2nd' '1st 2nd' '1ST 2ND' '1St 2Nd' '1st 2nd' '1ST 2ND' '1st 2nd'
# expect:   False True False
# expect: 'a_b c-d' 'a_b c-d' 'A_B C-D' 'A_B C-D' 'A_b c-d' 'A_B C-D' 'a_b c-d'
# expect:   False True False
# expect: 'σας' 'σας' 'ΣΑΣ' 'Σας' 'Σας' 'ΣΑΣ' 'σασ'
# expect:   False True False
# expect: 'İstanbul' 'i̇stanbul' 'İSTANBUL' 'İstanbul' 'İstanbul' 'i̇STANBUL' 'i̇stanbul'
# expect:   False False True
# expect: 'ΆΣ' 'άς' 'ΆΣ' 'Άς' 'Άς' 'άς' 'άσ'
# expect:   True False False
# expect: 'Ǆ̀Σ' 'ǆ̀ς' 'Ǆ̀Σ' 'ǅ̀Σ' 'ǅ̀ς' 'ǆ̀ς' 'ǆ̀σ'
# expect:   True False True
