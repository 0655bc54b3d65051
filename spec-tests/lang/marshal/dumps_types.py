# marshal.dumps of every type in every version, and loads of those bytes.
import marshal
values = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, 257, -5, -6,
          2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**62, 2**64, -2**100, 10**30,
          1.5, -0.0, 0.0, 1e300, float('inf'), -float('inf'), 1e-310, 2.5j, 1 + 2j, complex(-0.0, 0.0),
          b'', b'a', b'abc', b'\x00\xff' * 3,
          '', 'a', 'abc', 'a b c', 'é', 'ü' * 3, '\u20ac', '\U0001f600', 'x' * 255, 'y' * 256,
          (), (1,), (1, 'a', tuple([2, 3])), tuple(range(300)), [], [1, [2, [3]]], {}, {1: 'a', 'b': [2]},
          set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), {'b', 'a', 'c'}]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, repr(v)[:40], data.hex()[:80], len(data), back == v or repr(back) == repr(v), type(back).__name__)

# expect: 0 None 4e 1 True NoneType
# expect: 1 None 4e 1 True NoneType
# expect: 2 None 4e 1 True NoneType
# expect: 3 None 4e 1 True NoneType
# expect: 4 None 4e 1 True NoneType
# expect: 0 True 54 1 True bool
# expect: 1 True 54 1 True bool
# expect: 2 True 54 1 True bool
# expect: 3 True 54 1 True bool
# expect: 4 True 54 1 True bool
# expect: 0 False 46 1 True bool
# expect: 1 False 46 1 True bool
# expect: 2 False 46 1 True bool
# expect: 3 False 46 1 True bool
# expect: 4 False 46 1 True bool
# expect: 0 Ellipsis 2e 1 True ellipsis
# expect: 1 Ellipsis 2e 1 True ellipsis
# expect: 2 Ellipsis 2e 1 True ellipsis
# expect: 3 Ellipsis 2e 1 True ellipsis
# expect: 4 Ellipsis 2e 1 True ellipsis
# expect: 0 <class 'StopIteration'> 53 1 True type
# expect: 1 <class 'StopIteration'> 53 1 True type
# expect: 2 <class 'StopIteration'> 53 1 True type
# expect: 3 <class 'StopIteration'> 53 1 True type
# expect: 4 <class 'StopIteration'> 53 1 True type
# expect: 0 0 6900000000 5 True int
# expect: 1 0 6900000000 5 True int
# expect: 2 0 6900000000 5 True int
# expect: 3 0 e900000000 5 True int
# expect: 4 0 e900000000 5 True int
# expect: 0 1 6901000000 5 True int
# expect: 1 1 6901000000 5 True int
# expect: 2 1 6901000000 5 True int
# expect: 3 1 e901000000 5 True int
# expect: 4 1 e901000000 5 True int
# expect: 0 -1 69ffffffff 5 True int
# expect: 1 -1 69ffffffff 5 True int
# expect: 2 -1 69ffffffff 5 True int
# expect: 3 -1 e9ffffffff 5 True int
# expect: 4 -1 e9ffffffff 5 True int
# expect: 0 255 69ff000000 5 True int
# expect: 1 255 69ff000000 5 True int
# expect: 2 255 69ff000000 5 True int
# expect: 3 255 e9ff000000 5 True int
# expect: 4 255 e9ff000000 5 True int
# expect: 0 256 6900010000 5 True int
# expect: 1 256 6900010000 5 True int
# expect: 2 256 6900010000 5 True int
# expect: 3 256 e900010000 5 True int
# expect: 4 256 e900010000 5 True int
# expect: 0 257 6901010000 5 True int
# expect: 1 257 6901010000 5 True int
# expect: 2 257 6901010000 5 True int
# expect: 3 257 e901010000 5 True int
# expect: 4 257 e901010000 5 True int
# expect: 0 -5 69fbffffff 5 True int
# expect: 1 -5 69fbffffff 5 True int
# expect: 2 -5 69fbffffff 5 True int
# expect: 3 -5 e9fbffffff 5 True int
# expect: 4 -5 e9fbffffff 5 True int
# expect: 0 -6 69faffffff 5 True int
# expect: 1 -6 69faffffff 5 True int
# expect: 2 -6 69faffffff 5 True int
# expect: 3 -6 e9faffffff 5 True int
# expect: 4 -6 e9faffffff 5 True int
# expect: 0 2147483647 69ffffff7f 5 True int
# expect: 1 2147483647 69ffffff7f 5 True int
# expect: 2 2147483647 69ffffff7f 5 True int
# expect: 3 2147483647 e9ffffff7f 5 True int
# expect: 4 2147483647 e9ffffff7f 5 True int
# expect: 0 -2147483648 6900000080 5 True int
# expect: 1 -2147483648 6900000080 5 True int
# expect: 2 -2147483648 6900000080 5 True int
# expect: 3 -2147483648 e900000080 5 True int
# expect: 4 -2147483648 e900000080 5 True int
# expect: 0 2147483648 6c03000000000000000200 11 True int
# expect: 1 2147483648 6c03000000000000000200 11 True int
# expect: 2 2147483648 6c03000000000000000200 11 True int
# expect: 3 2147483648 ec03000000000000000200 11 True int
# expect: 4 2147483648 ec03000000000000000200 11 True int
# expect: 0 -2147483649 6cfdffffff010000000200 11 True int
# expect: 1 -2147483649 6cfdffffff010000000200 11 True int
# expect: 2 -2147483649 6cfdffffff010000000200 11 True int
# expect: 3 -2147483649 ecfdffffff010000000200 11 True int
# expect: 4 -2147483649 ecfdffffff010000000200 11 True int
# expect: 0 4611686018427387904 6c0500000000000000000000000400 15 True int
# expect: 1 4611686018427387904 6c0500000000000000000000000400 15 True int
# expect: 2 4611686018427387904 6c0500000000000000000000000400 15 True int
# expect: 3 4611686018427387904 ec0500000000000000000000000400 15 True int
# expect: 4 4611686018427387904 ec0500000000000000000000000400 15 True int
# expect: 0 18446744073709551616 6c0500000000000000000000001000 15 True int
# expect: 1 18446744073709551616 6c0500000000000000000000001000 15 True int
# expect: 2 18446744073709551616 6c0500000000000000000000001000 15 True int
# expect: 3 18446744073709551616 ec0500000000000000000000001000 15 True int
# expect: 4 18446744073709551616 ec0500000000000000000000001000 15 True int
# expect: 0 -1267650600228229401496703205376 6cf9ffffff0000000000000000000000000004 19 True int
# expect: 1 -1267650600228229401496703205376 6cf9ffffff0000000000000000000000000004 19 True int
# expect: 2 -1267650600228229401496703205376 6cf9ffffff0000000000000000000000000004 19 True int
# expect: 3 -1267650600228229401496703205376 ecf9ffffff0000000000000000000000000004 19 True int
# expect: 4 -1267650600228229401496703205376 ecf9ffffff0000000000000000000000000004 19 True int
# expect: 0 1000000000000000000000000000000 6c0700000000000000a937a733044d93652703 19 True int
# expect: 1 1000000000000000000000000000000 6c0700000000000000a937a733044d93652703 19 True int
# expect: 2 1000000000000000000000000000000 6c0700000000000000a937a733044d93652703 19 True int
# expect: 3 1000000000000000000000000000000 ec0700000000000000a937a733044d93652703 19 True int
# expect: 4 1000000000000000000000000000000 ec0700000000000000a937a733044d93652703 19 True int
# expect: 0 1.5 6603312e35 5 True float
# expect: 1 1.5 6603312e35 5 True float
# expect: 2 1.5 67000000000000f83f 9 True float
# expect: 3 1.5 e7000000000000f83f 9 True float
# expect: 4 1.5 e7000000000000f83f 9 True float
# expect: 0 -0.0 66022d30 4 True float
# expect: 1 -0.0 66022d30 4 True float
# expect: 2 -0.0 670000000000000080 9 True float
# expect: 3 -0.0 e70000000000000080 9 True float
# expect: 4 -0.0 e70000000000000080 9 True float
# expect: 0 0.0 660130 3 True float
# expect: 1 0.0 660130 3 True float
# expect: 2 0.0 670000000000000000 9 True float
# expect: 3 0.0 e70000000000000000 9 True float
# expect: 4 0.0 e70000000000000000 9 True float
# expect: 0 1e+300 6617312e30303030303030303030303030303031652b333030 25 True float
# expect: 1 1e+300 6617312e30303030303030303030303030303031652b333030 25 True float
# expect: 2 1e+300 679c7500883ce4377e 9 True float
# expect: 3 1e+300 e79c7500883ce4377e 9 True float
# expect: 4 1e+300 e79c7500883ce4377e 9 True float
# expect: 0 inf 6603696e66 5 True float
# expect: 1 inf 6603696e66 5 True float
# expect: 2 inf 67000000000000f07f 9 True float
# expect: 3 inf e7000000000000f07f 9 True float
# expect: 4 inf e7000000000000f07f 9 True float
# expect: 0 -inf 66042d696e66 6 True float
# expect: 1 -inf 66042d696e66 6 True float
# expect: 2 -inf 67000000000000f0ff 9 True float
# expect: 3 -inf e7000000000000f0ff 9 True float
# expect: 4 -inf e7000000000000f0ff 9 True float
# expect: 0 1e-310 6617392e39393939393939393939393939363934652d333131 25 True float
# expect: 1 1e-310 6617392e39393939393939393939393939363934652d333131 25 True float
# expect: 2 1e-310 672be6708b68120000 9 True float
# expect: 3 1e-310 e72be6708b68120000 9 True float
# expect: 4 1e-310 e72be6708b68120000 9 True float
# expect: 0 2.5j 78013003322e35 7 True complex
# expect: 1 2.5j 78013003322e35 7 True complex
# expect: 2 2.5j 7900000000000000000000000000000440 17 True complex
# expect: 3 2.5j f900000000000000000000000000000440 17 True complex
# expect: 4 2.5j f900000000000000000000000000000440 17 True complex
# expect: 0 (1+2j) 7801310132 5 True complex
# expect: 1 (1+2j) 7801310132 5 True complex
# expect: 2 (1+2j) 79000000000000f03f0000000000000040 17 True complex
# expect: 3 (1+2j) f9000000000000f03f0000000000000040 17 True complex
# expect: 4 (1+2j) f9000000000000f03f0000000000000040 17 True complex
# expect: 0 (-0+0j) 78022d300130 6 True complex
# expect: 1 (-0+0j) 78022d300130 6 True complex
# expect: 2 (-0+0j) 7900000000000000800000000000000000 17 True complex
# expect: 3 (-0+0j) f900000000000000800000000000000000 17 True complex
# expect: 4 (-0+0j) f900000000000000800000000000000000 17 True complex
# expect: 0 b'' 7300000000 5 True bytes
# expect: 1 b'' 7300000000 5 True bytes
# expect: 2 b'' 7300000000 5 True bytes
# expect: 3 b'' f300000000 5 True bytes
# expect: 4 b'' f300000000 5 True bytes
# expect: 0 b'a' 730100000061 6 True bytes
# expect: 1 b'a' 730100000061 6 True bytes
# expect: 2 b'a' 730100000061 6 True bytes
# expect: 3 b'a' f30100000061 6 True bytes
# expect: 4 b'a' f30100000061 6 True bytes
# expect: 0 b'abc' 7303000000616263 8 True bytes
# expect: 1 b'abc' 7303000000616263 8 True bytes
# expect: 2 b'abc' 7303000000616263 8 True bytes
# expect: 3 b'abc' f303000000616263 8 True bytes
# expect: 4 b'abc' f303000000616263 8 True bytes
# expect: 0 b'\x00\xff\x00\xff\x00\xff' 730600000000ff00ff00ff 11 True bytes
# expect: 1 b'\x00\xff\x00\xff\x00\xff' 730600000000ff00ff00ff 11 True bytes
# expect: 2 b'\x00\xff\x00\xff\x00\xff' 730600000000ff00ff00ff 11 True bytes
# expect: 3 b'\x00\xff\x00\xff\x00\xff' f30600000000ff00ff00ff 11 True bytes
# expect: 4 b'\x00\xff\x00\xff\x00\xff' f30600000000ff00ff00ff 11 True bytes
# expect: 0 '' 7500000000 5 True str
# expect: 1 '' 7500000000 5 True str
# expect: 2 '' 7500000000 5 True str
# expect: 3 '' f400000000 5 True str
# expect: 4 '' da00 2 True str
# expect: 0 'a' 750100000061 6 True str
# expect: 1 'a' 750100000061 6 True str
# expect: 2 'a' 750100000061 6 True str
# expect: 3 'a' f40100000061 6 True str
# expect: 4 'a' da0161 3 True str
# expect: 0 'abc' 7503000000616263 8 True str
# expect: 1 'abc' 7503000000616263 8 True str
# expect: 2 'abc' 7503000000616263 8 True str
# expect: 3 'abc' f403000000616263 8 True str
# expect: 4 'abc' da03616263 5 True str
# expect: 0 'a b c' 75050000006120622063 10 True str
# expect: 1 'a b c' 75050000006120622063 10 True str
# expect: 2 'a b c' 75050000006120622063 10 True str
# expect: 3 'a b c' f5050000006120622063 10 True str
# expect: 4 'a b c' fa056120622063 7 True str
# expect: 0 'é' 7502000000c3a9 7 True str
# expect: 1 'é' 7502000000c3a9 7 True str
# expect: 2 'é' 7502000000c3a9 7 True str
# expect: 3 'é' f502000000c3a9 7 True str
# expect: 4 'é' f502000000c3a9 7 True str
# expect: 0 'üüü' 7506000000c3bcc3bcc3bc 11 True str
# expect: 1 'üüü' 7506000000c3bcc3bcc3bc 11 True str
# expect: 2 'üüü' 7506000000c3bcc3bcc3bc 11 True str
# expect: 3 'üüü' f506000000c3bcc3bcc3bc 11 True str
# expect: 4 'üüü' f506000000c3bcc3bcc3bc 11 True str
# expect: 0 '€' 7503000000e282ac 8 True str
# expect: 1 '€' 7503000000e282ac 8 True str
# expect: 2 '€' 7503000000e282ac 8 True str
# expect: 3 '€' f503000000e282ac 8 True str
# expect: 4 '€' f503000000e282ac 8 True str
# expect: 0 '😀' 7504000000f09f9880 9 True str
# expect: 1 '😀' 7504000000f09f9880 9 True str
# expect: 2 '😀' 7504000000f09f9880 9 True str
# expect: 3 '😀' f504000000f09f9880 9 True str
# expect: 4 '😀' f504000000f09f9880 9 True str
# expect: 0 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 75ff0000007878787878787878787878787878787878787878787878787878787878787878787878 260 True str
# expect: 1 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 75ff0000007878787878787878787878787878787878787878787878787878787878787878787878 260 True str
# expect: 2 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 75ff0000007878787878787878787878787878787878787878787878787878787878787878787878 260 True str
# expect: 3 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx f4ff0000007878787878787878787878787878787878787878787878787878787878787878787878 260 True str
# expect: 4 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx daff7878787878787878787878787878787878787878787878787878787878787878787878787878 257 True str
# expect: 0 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy 75000100007979797979797979797979797979797979797979797979797979797979797979797979 261 True str
# expect: 1 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy 75000100007979797979797979797979797979797979797979797979797979797979797979797979 261 True str
# expect: 2 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy 75000100007979797979797979797979797979797979797979797979797979797979797979797979 261 True str
# expect: 3 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy f4000100007979797979797979797979797979797979797979797979797979797979797979797979 261 True str
# expect: 4 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy c1000100007979797979797979797979797979797979797979797979797979797979797979797979 261 True str
# expect: 0 () 2800000000 5 True tuple
# expect: 1 () 2800000000 5 True tuple
# expect: 2 () 2800000000 5 True tuple
# expect: 3 () a800000000 5 True tuple
# expect: 4 () a900 2 True tuple
# expect: 0 (1,) 28010000006901000000 10 True tuple
# expect: 1 (1,) 28010000006901000000 10 True tuple
# expect: 2 (1,) 28010000006901000000 10 True tuple
# expect: 3 (1,) a801000000e901000000 10 True tuple
# expect: 4 (1,) a901e901000000 7 True tuple
# expect: 0 (1, 'a', (2, 3)) 28030000006901000000750100000061280200000069020000006903000000 31 True tuple
# expect: 1 (1, 'a', (2, 3)) 28030000006901000000750100000061280200000069020000006903000000 31 True tuple
# expect: 2 (1, 'a', (2, 3)) 28030000006901000000750100000061280200000069020000006903000000 31 True tuple
# expect: 3 (1, 'a', (2, 3)) a803000000e901000000f401000000612802000000e902000000e903000000 31 True tuple
# expect: 4 (1, 'a', (2, 3)) a903e901000000da01612902e902000000e903000000 22 True tuple
# expect: 0 (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1 282c0100006900000000690100000069020000006903000000690400000069050000006906000000 1505 True tuple
# expect: 1 (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1 282c0100006900000000690100000069020000006903000000690400000069050000006906000000 1505 True tuple
# expect: 2 (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1 282c0100006900000000690100000069020000006903000000690400000069050000006906000000 1505 True tuple
# expect: 3 (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1 a82c010000e900000000e901000000e902000000e903000000e904000000e905000000e906000000 1505 True tuple
# expect: 4 (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1 a82c010000e900000000e901000000e902000000e903000000e904000000e905000000e906000000 1505 True tuple
# expect: 0 [] 5b00000000 5 True list
# expect: 1 [] 5b00000000 5 True list
# expect: 2 [] 5b00000000 5 True list
# expect: 3 [] db00000000 5 True list
# expect: 4 [] db00000000 5 True list
# expect: 0 [1, [2, [3]]] 5b0200000069010000005b0200000069020000005b010000006903000000 30 True list
# expect: 1 [1, [2, [3]]] 5b0200000069010000005b0200000069020000005b010000006903000000 30 True list
# expect: 2 [1, [2, [3]]] 5b0200000069010000005b0200000069020000005b010000006903000000 30 True list
# expect: 3 [1, [2, [3]]] db02000000e9010000005b02000000e9020000005b01000000e903000000 30 True list
# expect: 4 [1, [2, [3]]] db02000000e9010000005b02000000e9020000005b01000000e903000000 30 True list
# expect: 0 {} 7b30 2 True dict
# expect: 1 {} 7b30 2 True dict
# expect: 2 {} 7b30 2 True dict
# expect: 3 {} fb30 2 True dict
# expect: 4 {} fb30 2 True dict
# expect: 0 {1: 'a', 'b': [2]} 7b69010000007501000000617501000000625b01000000690200000030 29 True dict
# expect: 1 {1: 'a', 'b': [2]} 7b69010000007501000000617501000000625b01000000690200000030 29 True dict
# expect: 2 {1: 'a', 'b': [2]} 7b69010000007501000000617501000000625b01000000690200000030 29 True dict
# expect: 3 {1: 'a', 'b': [2]} fbe901000000f40100000061f401000000625b01000000e90200000030 29 True dict
# expect: 4 {1: 'a', 'b': [2]} fbe901000000da0161da01625b01000000e90200000030 23 True dict
# expect: 0 set() 3c00000000 5 True set
# expect: 1 set() 3c00000000 5 True set
# expect: 2 set() 3c00000000 5 True set
# expect: 3 set() bc00000000 5 True set
# expect: 4 set() bc00000000 5 True set
# expect: 0 {1, 2, 3} 3c03000000690100000069020000006903000000 20 True set
# expect: 1 {1, 2, 3} 3c03000000690100000069020000006903000000 20 True set
# expect: 2 {1, 2, 3} 3c03000000690100000069020000006903000000 20 True set
# expect: 3 {1, 2, 3} bc03000000e901000000e902000000e903000000 20 True set
# expect: 4 {1, 2, 3} bc03000000e901000000e902000000e903000000 20 True set
# expect: 0 frozenset() 3e00000000 5 True frozenset
# expect: 1 frozenset() 3e00000000 5 True frozenset
# expect: 2 frozenset() 3e00000000 5 True frozenset
# expect: 3 frozenset() be00000000 5 True frozenset
# expect: 4 frozenset() be00000000 5 True frozenset
# expect: 0 frozenset({4, 5}) 3e0200000069040000006905000000 15 True frozenset
# expect: 1 frozenset({4, 5}) 3e0200000069040000006905000000 15 True frozenset
# expect: 2 frozenset({4, 5}) 3e0200000069040000006905000000 15 True frozenset
# expect: 3 frozenset({4, 5}) be02000000e904000000e905000000 15 True frozenset
# expect: 4 frozenset({4, 5}) be02000000e904000000e905000000 15 True frozenset
# expect: 0 {'c', 'a', 'b'} 3c03000000750100000061750100000062750100000063 23 True set
# expect: 1 {'c', 'a', 'b'} 3c03000000750100000061750100000062750100000063 23 True set
# expect: 2 {'c', 'a', 'b'} 3c03000000750100000061750100000062750100000063 23 True set
# expect: 3 {'c', 'a', 'b'} bc03000000f40100000061f40100000062f40100000063 23 True set
# expect: 4 {'c', 'a', 'b'} bc03000000da0161da0162da0163 14 True set
