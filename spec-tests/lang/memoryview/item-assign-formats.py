b = bytearray(8)
def shown(value):
    return type(value).__name__ if type(value).__module__ == '__main__' else repr(value)
def put(code, value):
    v = memoryview(b).cast(code)
    try:
        v[0] = value
        print(code, shown(value), '->', v[0])
    except (TypeError, ValueError) as e:
        print(code, shown(value), type(e).__name__, e)
for code, values in [('B', [0, 255, 256, -1, True, 1.0, '1']), ('b', [-128, 127, 128]),
                     ('c', [b'x', b'xy', bytearray(b'x'), 120]), ('?', [0, 7, '', [1]]),
                     ('h', [-32768, 32768]), ('H', [65535, -1]), ('i', [2**31 - 1, 2**31]),
                     ('q', [-2**63, 2**63]), ('Q', [2**64 - 1, 2**64]),
                     ('d', [1, 2.5, 2**2000, 'x']), ('f', [0.5, 1e300])]:
    for value in values:
        put(code, value)
class Index:
    def __index__(self):
        return 7
class Float:
    def __float__(self):
        return 1.25
put('B', Index())
put('d', Float())
put('d', Index())

# expect: B 0 -> 0
# expect: B 255 -> 255
# expect: B 256 ValueError memoryview: invalid value for format 'B'
# expect: B -1 ValueError memoryview: invalid value for format 'B'
# expect: B True -> 1
# expect: B 1.0 TypeError memoryview: invalid type for format 'B'
# expect: B '1' TypeError memoryview: invalid type for format 'B'
# expect: b -128 -> -128
# expect: b 127 -> 127
# expect: b 128 ValueError memoryview: invalid value for format 'b'
# expect: c b'x' -> b'x'
# expect: c b'xy' ValueError memoryview: invalid value for format 'c'
# expect: c bytearray(b'x') TypeError memoryview: invalid type for format 'c'
# expect: c 120 TypeError memoryview: invalid type for format 'c'
# expect: ? 0 -> False
# expect: ? 7 -> True
# expect: ? '' -> False
# expect: ? [1] -> True
# expect: h -32768 -> -32768
# expect: h 32768 ValueError memoryview: invalid value for format 'h'
# expect: H 65535 -> 65535
# expect: H -1 ValueError memoryview: invalid value for format 'H'
# expect: i 2147483647 -> 2147483647
# expect: i 2147483648 ValueError memoryview: invalid value for format 'i'
# expect: q -9223372036854775808 -> -9223372036854775808
# expect: q 9223372036854775808 ValueError memoryview: invalid value for format 'q'
# expect: Q 18446744073709551615 -> 18446744073709551615
# expect: Q 18446744073709551616 ValueError memoryview: invalid value for format 'Q'
# expect: d 1 -> 1.0
# expect: d 2.5 -> 2.5
# expect: d 114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376 ValueError memoryview: invalid value for format 'd'
# expect: d 'x' TypeError memoryview: invalid type for format 'd'
# expect: f 0.5 -> 0.5
# expect: f 1e+300 -> inf
# expect: B Index -> 7
# expect: d Float -> 1.25
# expect: d Index -> 7.0
