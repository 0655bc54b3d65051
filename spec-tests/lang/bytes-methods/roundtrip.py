text = 'Grüße, 世界! 😀'
for encoding in ['utf-8', 'utf-8-sig']:
    data = text.encode(encoding)
    print(encoding, len(data), data.decode(encoding) == text, str(data, encoding) == text)
data = 'naïve café'.encode('latin-1')
print(data, data.decode('latin-1'), data.hex(' '), bytes.fromhex(data.hex()).decode('latin-1'))

# expect: utf-8 21 True True
# expect: utf-8-sig 24 True True
# expect: b'na\xefve caf\xe9' naïve café 6e 61 ef 76 65 20 63 61 66 e9 naïve café
