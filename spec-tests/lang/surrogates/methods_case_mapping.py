# Case mappings leave a lone surrogate as it is, and it is neither cased
# nor case-ignorable: it ends a word for title() and the final-sigma rule.
s = 'abc\ud800def ΣΑΣ\udc00x'
print(ascii(s.upper()), ascii(s.lower()))
print(ascii(s.casefold()), ascii(s.swapcase()))
print(ascii(s.capitalize()), ascii(s.title()))
print(ascii('ΑΣ\ud800'.lower()), ascii('ΑΣ\ud800Α'.lower()))
print(ascii('\ud800abc'.capitalize()), ascii('ß\udfffﬁ'.upper()))
print(ascii('\ud800'.upper()), ascii(''.join(['a', '\udc80']).title()))

# expect: 'ABC\ud800DEF \u03a3\u0391\u03a3\udc00X' 'abc\ud800def \u03c3\u03b1\u03c2\udc00x'
# expect: 'abc\ud800def \u03c3\u03b1\u03c3\udc00x' 'ABC\ud800DEF \u03c3\u03b1\u03c2\udc00X'
# expect: 'Abc\ud800def \u03c3\u03b1\u03c2\udc00x' 'Abc\ud800Def \u03a3\u03b1\u03c2\udc00X'
# expect: '\u03b1\u03c2\ud800' '\u03b1\u03c2\ud800\u03b1'
# expect: '\ud800abc' 'SS\udfffFI'
# expect: '\ud800' 'A\udc80'
