# float.fromhex (float_fromhex in Objects/floatobject.c): the forms it
# accepts, exact rounding half to even, overflow and the parse errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
class F(float): pass
t("'0x1.8p1'", lambda: float.fromhex('0x1.8p1'))  # expect: '0x1.8p1' = 3.0
t("'  0X1P-1074 '", lambda: float.fromhex('  0X1P-1074 '))  # expect: '  0X1P-1074 ' = 5e-324
t("'0x1p-1075'", lambda: float.fromhex('0x1p-1075'))  # expect: '0x1p-1075' = 0.0
t("'0x3p-1076'", lambda: float.fromhex('0x3p-1076'))  # expect: '0x3p-1076' = 5e-324
t("'0x1.fffffffffffff8p1023'", lambda: float.fromhex('0x1.fffffffffffff8p1023'))  # expect: '0x1.fffffffffffff8p1023' ! OverflowError: hexadecimal value too large to represent as a float
t("'0x1.fffffffffffff7ffp1023'", lambda: float.fromhex('0x1.fffffffffffff7ffp1023'))  # expect: '0x1.fffffffffffff7ffp1023' = 1.7976931348623157e+308
t("'0x1p1024'", lambda: float.fromhex('0x1p1024'))  # expect: '0x1p1024' ! OverflowError: hexadecimal value too large to represent as a float
t("'inf'", lambda: float.fromhex('inf'))  # expect: 'inf' = inf
t("'-Infinity'", lambda: float.fromhex('-Infinity'))  # expect: '-Infinity' = -inf
t("'nan'", lambda: float.fromhex('nan'))  # expect: 'nan' = nan
t("'-nan'", lambda: float.fromhex('-nan'))  # expect: '-nan' = nan
t("'+0x0p0'", lambda: float.fromhex('+0x0p0'))  # expect: '+0x0p0' = 0.0
t("'-0x0p99999999999999999999'", lambda: float.fromhex('-0x0p99999999999999999999'))  # expect: '-0x0p99999999999999999999' = -0.0
t("'0x.8'", lambda: float.fromhex('0x.8'))  # expect: '0x.8' = 0.5
t("'0x8.'", lambda: float.fromhex('0x8.'))  # expect: '0x8.' = 8.0
t("'1'", lambda: float.fromhex('1'))  # expect: '1' = 1.0
t("'a'", lambda: float.fromhex('a'))  # expect: 'a' = 10.0
t("'ff.ffp-8'", lambda: float.fromhex('ff.ffp-8'))  # expect: 'ff.ffp-8' = 0.9999847412109375
t("'0x'", lambda: float.fromhex('0x'))  # expect: '0x' ! ValueError: invalid hexadecimal floating-point string
t("''", lambda: float.fromhex(''))  # expect: '' ! ValueError: invalid hexadecimal floating-point string
t("'.'", lambda: float.fromhex('.'))  # expect: '.' ! ValueError: invalid hexadecimal floating-point string
t("'0x.p1'", lambda: float.fromhex('0x.p1'))  # expect: '0x.p1' ! ValueError: invalid hexadecimal floating-point string
t("'0x1p'", lambda: float.fromhex('0x1p'))  # expect: '0x1p' ! ValueError: invalid hexadecimal floating-point string
t("'0x1p+'", lambda: float.fromhex('0x1p+'))  # expect: '0x1p+' ! ValueError: invalid hexadecimal floating-point string
t("'1p-99999999999999999999999'", lambda: float.fromhex('1p-99999999999999999999999'))  # expect: '1p-99999999999999999999999' = 0.0
t("'0x1p99999999999999999999'", lambda: float.fromhex('0x1p99999999999999999999'))  # expect: '0x1p99999999999999999999' ! OverflowError: hexadecimal value too large to represent as a float
t("'0x0p99999999999999999999'", lambda: float.fromhex('0x0p99999999999999999999'))  # expect: '0x0p99999999999999999999' = 0.0
t("'0x1.0000000000000800000001p0'", lambda: float.fromhex('0x1.0000000000000800000001p0'))  # expect: '0x1.0000000000000800000001p0' = 1.0000000000000002
t("'0x1.00000000000008p0'", lambda: float.fromhex('0x1.00000000000008p0'))  # expect: '0x1.00000000000008p0' = 1.0
t("'0x1.00000000000018p0'", lambda: float.fromhex('0x1.00000000000018p0'))  # expect: '0x1.00000000000018p0' = 1.0000000000000004
t("'0x1.000000000000080p0'", lambda: float.fromhex('0x1.000000000000080p0'))  # expect: '0x1.000000000000080p0' = 1.0
t("'\\t0x1\\n'", lambda: float.fromhex('\t0x1\n'))  # expect: '\t0x1\n' = 1.0
t("'0x1 x'", lambda: float.fromhex('0x1 x'))  # expect: '0x1 x' ! ValueError: invalid hexadecimal floating-point string
t("'0x1\\x00'", lambda: float.fromhex('0x1\x00'))  # expect: '0x1\x00' ! ValueError: invalid hexadecimal floating-point string
t("'0xg'", lambda: float.fromhex('0xg'))  # expect: '0xg' ! ValueError: invalid hexadecimal floating-point string
t("' -0x1.5P+3 '", lambda: float.fromhex(' -0x1.5P+3 '))  # expect: ' -0x1.5P+3 ' = -10.5
t("'0x1_0'", lambda: float.fromhex('0x1_0'))  # expect: '0x1_0' ! ValueError: invalid hexadecimal floating-point string
t("'0x1.00000000000001p-1022'", lambda: float.fromhex('0x1.00000000000001p-1022'))  # expect: '0x1.00000000000001p-1022' = 2.2250738585072014e-308
t("'0x0.0000000000001p-1022'", lambda: float.fromhex('0x0.0000000000001p-1022'))  # expect: '0x0.0000000000001p-1022' = 5e-324
t("'0x0.00000000000008p-1022'", lambda: float.fromhex('0x0.00000000000008p-1022'))  # expect: '0x0.00000000000008p-1022' = 0.0
t("'0x0.00000000000018p-1022'", lambda: float.fromhex('0x0.00000000000018p-1022'))  # expect: '0x0.00000000000018p-1022' = 1e-323
t("'0x1.ffffffffffffffp1023'", lambda: float.fromhex('0x1.ffffffffffffffp1023'))  # expect: '0x1.ffffffffffffffp1023' ! OverflowError: hexadecimal value too large to represent as a float
t("'0x7ffp-2'", lambda: float.fromhex('0x7ffp-2'))  # expect: '0x7ffp-2' = 511.75
t("'\\u20030x1'", lambda: float.fromhex('\u20030x1'))  # expect: '\u20030x1' ! ValueError: invalid hexadecimal floating-point string
t("'0x1p-1074'", lambda: float.fromhex('0x1p-1074'))  # expect: '0x1p-1074' = 5e-324
t("'0x1.8p-1074'", lambda: float.fromhex('0x1.8p-1074'))  # expect: '0x1.8p-1074' = 1e-323
t("'0x1p-1076'", lambda: float.fromhex('0x1p-1076'))  # expect: '0x1p-1076' = 0.0
t('sub', lambda: F.fromhex('0x1p1'))  # expect: sub = 2.0
t('subtype', lambda: type(F.fromhex('0x1p1')).__name__)  # expect: subtype = 'F'
t('int', lambda: float.fromhex(1))  # expect: int ! TypeError: bad argument type for built-in operation
t('none', lambda: float.fromhex())  # expect: none ! TypeError: float.fromhex() takes exactly one argument (0 given)
t('bytes', lambda: float.fromhex(b'0x1'))  # expect: bytes ! TypeError: bad argument type for built-in operation
t('inst', lambda: (1.0).fromhex('0x2p0'))  # expect: inst = 2.0
t('roundtrip', lambda: all([float.fromhex(x.hex()) == x for x in [0.1, 1e300, 5e-324, 2.5e-310, -1.5, 1/3]]))  # expect: roundtrip = True
