# Many inputs through every binascii conversion; each group's outputs summed by crc32.
import binascii as b
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
alphabet = b'ab =._\t\r\n\x00\xff~.'
groups = {}
def add(name, value):
    groups[name] = b.crc32(value, groups.get(name, 0))
for n in range(200):
    data = bytes(alphabet[rand(len(alphabet))] for _ in range(rand(120)))
    for qt in (0, 1):
        for it in (0, 1):
            for h in (0, 1):
                add("b2a_qp", b.b2a_qp(data, qt, it, h))
    add("a2b_qp", b.a2b_qp(data) + b.a2b_qp(data, header=True) + b.a2b_qp(b.b2a_qp(data)))
    add("base64", b.b2a_base64(data) + b.b2a_base64(data, newline=False))
    add("hex", b.hexlify(data) + b.hexlify(data, ':', -3) + b.b2a_hex(data, b'-', 2))
    add("uu", b.b2a_uu(data[:45], backtick=n % 2 == 0))
    for x in (data, b.b2a_base64(data)):
        for strict in (False, True):
            try:
                add("a2b_base64", b.a2b_base64(x, strict_mode=strict))
            except b.Error as e:
                add("a2b_base64", str(e).encode())
        try:
            add("a2b_uu", b.a2b_uu(x))
        except b.Error as e:
            add("a2b_uu", str(e).encode())
    add("crc", str((b.crc32(data, n * 12345), b.crc_hqx(data, n))).encode())
for name in sorted(groups):
    print(name, groups[name])

# expect: a2b_base64 3874391458
# expect: a2b_qp 778885932
# expect: a2b_uu 3021576720
# expect: b2a_qp 3925399691
# expect: base64 2067563991
# expect: crc 526977708
# expect: hex 2900663091
# expect: uu 528691573
