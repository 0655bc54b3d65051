b = bytearray(b' Hello, World ')
results = [b.strip(), b.lower(), b.upper(), b.replace(b'l', b'L'), b.center(20), b.zfill(16), b.expandtabs(), b.translate(None),
           b.removeprefix(b' '), b.title(), b.swapcase()] + b.split() + list(b.partition(b',')) + b.splitlines()
print(all(type(r) is bytearray for r in results), len(results))
print(b.strip(), b.replace(b'l', b'L'), b.split(b','), b.partition(b','))
print(type(b.hex()).__name__, type(b.decode()).__name__, type(b.find(b'o')).__name__, type(b.isalpha()).__name__)
c = bytearray(b'same')
print(c.strip() is c, c.replace(b'x', b'y') is c, c.ljust(1) is c, c.removeprefix(b'x') is c)

# expect: True 17
# expect: bytearray(b'Hello, World') bytearray(b' HeLLo, WorLd ') [bytearray(b' Hello'), bytearray(b' World ')] (bytearray(b' Hello'), bytearray(b','), bytearray(b' World '))
# expect: str str int bool
# expect: False False False False
