import codecs
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for t in ['Hi Mom -☺-!', '1+1', '日本語', 'a\U0001f600b', '~\\', '+', 'a-b', 'é-', 'é.', 'éa', '\ud800', '\x00\x01 \t\n', '\U0001f600\U0001f600']:
    show(codecs.utf_7_encode, t)
    print(codecs.utf_7_decode(codecs.utf_7_encode(t)[0]) == (t, len(codecs.utf_7_encode(t)[0])))
for s in [b'A+ImIDkQ.', b'a+AGE', b'a+AGE-', b'a+AGEx', b'+', b'+-', b'+!', b'\x80', b'a+2D3eAA-b', b'+2D3', b'+2D3eAA', b'+AGEA', b'+AGEAYQ-', b'+AGE\x80', b'a~b', b'+2D0-', b'+3gA-']:
    for final in (False, True):
        show(codecs.utf_7_decode, s, 'strict', final)
        show(codecs.utf_7_decode, s, 'replace', final)
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([b])) for b in b'a+AGEAYQ-b'])

# expect: (b'Hi Mom -+Jjo--!', 11)
# expect: True
# expect: (b'1+-1', 3)
# expect: True
# expect: (b'+ZeVnLIqe-', 3)
# expect: True
# expect: (b'a+2D3eAA-b', 3)
# expect: True
# expect: (b'+AH4AXA-', 2)
# expect: True
# expect: (b'+-', 1)
# expect: True
# expect: (b'a-b', 3)
# expect: True
# expect: (b'+AOk--', 2)
# expect: True
# expect: (b'+AOk.', 2)
# expect: True
# expect: (b'+AOk-a', 2)
# expect: True
# expect: (b'+2AA-', 1)
# expect: True
# expect: (b'+AAAAAQ \t\n', 5)
# expect: True
# expect: (b'+2D3eANg93gA-', 2)
# expect: True
# expect: ('A≢Α.', 9)
# expect: ('A≢Α.', 9)
# expect: ('A≢Α.', 9)
# expect: ('A≢Α.', 9)
# expect: ('a', 1)
# expect: ('a', 1)
# expect: ('aa', 5)
# expect: ('aa', 5)
# expect: ('aa', 6)
# expect: ('aa', 6)
# expect: ('aa', 6)
# expect: ('aa', 6)
# expect: ('a', 1)
# expect: ('a', 1)
# expect: UnicodeDecodeError 'utf7' codec can't decode bytes in position 1-5: unterminated shift sequence
# expect: ('aa�', 6)
# expect: ('', 0)
# expect: ('', 0)
# expect: ('', 1)
# expect: ('', 1)
# expect: ('+', 2)
# expect: ('+', 2)
# expect: ('+', 2)
# expect: ('+', 2)
# expect: UnicodeDecodeError 'utf7' codec can't decode bytes in position 0-1: ill-formed sequence
# expect: ('�', 2)
# expect: UnicodeDecodeError 'utf7' codec can't decode bytes in position 0-1: ill-formed sequence
# expect: ('�', 2)
# expect: UnicodeDecodeError 'utf7' codec can't decode byte 0x80 in position 0: unexpected special character
# expect: ('�', 1)
# expect: UnicodeDecodeError 'utf7' codec can't decode byte 0x80 in position 0: unexpected special character
# expect: ('�', 1)
# expect: ('a😀b', 10)
# expect: ('a😀b', 10)
# expect: ('a😀b', 10)
# expect: ('a😀b', 10)
# expect: ('', 0)
# expect: ('', 0)
# expect: UnicodeDecodeError 'utf7' codec can't decode bytes in position 0-3: unterminated shift sequence
# expect: ('�', 4)
# expect: ('', 0)
# expect: ('', 0)
# expect: ('😀', 7)
# expect: ('😀', 7)
# expect: ('', 0)
# expect: ('', 0)
# expect: UnicodeDecodeError 'utf7' codec can't decode bytes in position 0-4: unterminated shift sequence
# expect: ('a�', 5)
# expect: ('aa', 8)
# expect: ('aa', 8)
# expect: ('aa', 8)
# expect: ('aa', 8)
# expect: UnicodeDecodeError 'utf7' codec can't decode byte 0x80 in position 4: unexpected special character
# expect: ('a�', 5)
# expect: UnicodeDecodeError 'utf7' codec can't decode byte 0x80 in position 4: unexpected special character
# expect: ('a�', 5)
# expect: ('a~b', 3)
# expect: ('a~b', 3)
# expect: ('a~b', 3)
# expect: ('a~b', 3)
# expect: ('\ud83d', 5)
# expect: ('\ud83d', 5)
# expect: ('\ud83d', 5)
# expect: ('\ud83d', 5)
# expect: ('\ude00', 5)
# expect: ('\ude00', 5)
# expect: ('\ude00', 5)
# expect: ('\ude00', 5)
# expect: ['a', '', '', '', '', '', '', '', 'aa', 'b']
