import _sha3, _blake2, _md5, _sha256, _sha1, _sha512
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
show(lambda: _sha3.shake_128(b'abc').digest())
show(lambda: _sha3.shake_128(b'abc').digest(-1))
show(lambda: _sha3.shake_128(b'abc').hexdigest(length=4))
show(lambda: _sha3.shake_128(b'abc').digest(2**40))
show(lambda: _sha3.shake_256(b'abc').hexdigest(0))
show(lambda: _sha3.shake_256(b'abc').hexdigest(70))
show(lambda: _md5.md5('abc'))
show(lambda: _md5.md5(1))
show(lambda: _md5.md5(string=b'a').hexdigest())
show(lambda: _md5.md5(b'a', usedforsecurity=False).hexdigest())
show(lambda: _md5.md5(data=b'a'))
show(lambda: _md5.md5(b'a', b'b'))
show(lambda: _md5.md5().update())
show(lambda: _md5.md5().update('x'))
show(lambda: _md5.md5().digest(1))
show(lambda: _sha3.sha3_256(data=b'a'))
show(lambda: _sha3.sha3_256(b'a', usedforsecurity=False).hexdigest())
show(lambda: _sha3.sha3_256('a'))
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17), dict(fanout=256), dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65), dict(key='x'), dict(bogus=1)]:
    show(lambda: _blake2.blake2b(**kw))
show(lambda: _blake2.blake2s(node_offset=2**48))
show(lambda: _blake2.blake2s(digest_size=33))
show(lambda: _blake2.blake2s(salt=b'123456789'))
show(lambda: _blake2.blake2b(b'a', b'b'))
show(lambda: _blake2.blake2b(data=b'a'))
show(lambda: _blake2.blake2b('a'))
show(lambda: _blake2.blake2s(b'abc', digest_size=10, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=4, last_node=True).hexdigest())
show(lambda: _blake2.blake2b(b'abc', digest_size=10, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=4, last_node=True).hexdigest())
show(lambda: _sha256.SHA256Type())
for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
    h = ctor(b'hello')
    c = h.copy(); c.update(b' world'); h.update(memoryview(b'!'))
    print(type(h).__name__, h.name, h.digest_size, h.block_size, h.hexdigest(), c.digest()[:6], type(c) is type(h))
for ctor in [_sha3.shake_128, _sha3.shake_256]:
    h = ctor(bytearray(b'hello')); print(h.name, h.digest_size, h.block_size, h.hexdigest(40), h.copy().digest(3), h._rate_bits, h._capacity_bits, h._suffix)
for m in (_md5, _sha1, _sha256, _sha512, _sha3, _blake2): print(m.__name__, [n for n in dir(m) if not n.startswith('__')])
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2s.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE)
print(sorted(n for n in dir(_sha3.sha3_256()) if not n.startswith('__')))
print(sorted(n for n in dir(_blake2.blake2s()) if not n.startswith('__')))

# expect: TypeError shake_128.digest() takes exactly one argument (0 given)
# expect: ValueError value must be positive
# expect: TypeError shake_128.hexdigest() takes no keyword arguments
# expect: ValueError length is too large
# expect: ''
# expect: '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739d5a15bef186a5386c75744c0527e1faa9f8726e462a12a4feb06bd8801e751e41385141204f3'
# expect: TypeError Strings must be encoded before hashing
# expect: TypeError object supporting the buffer API required
# expect: '0cc175b9c0f1b6a831c399e269772661'
# expect: '0cc175b9c0f1b6a831c399e269772661'
# expect: TypeError 'data' is an invalid keyword argument for md5()
# expect: TypeError md5() takes at most 1 positional argument (2 given)
# expect: TypeError md5.update() takes exactly one argument (0 given)
# expect: TypeError Strings must be encoded before hashing
# expect: TypeError md5.digest() takes no arguments (1 given)
# expect: TypeError 'data' is an invalid keyword argument for sha3_224()
# expect: '80084bf2fba02475726feb2cab2d8215eab14bc6bdd8bfb2c8151257032ecd8b'
# expect: TypeError Strings must be encoded before hashing
# expect: ValueError digest_size must be between 1 and 64 bytes
# expect: ValueError digest_size must be between 1 and 64 bytes
# expect: ValueError maximum key length is 64 bytes
# expect: ValueError maximum salt length is 16 bytes
# expect: ValueError maximum person length is 16 bytes
# expect: ValueError fanout must be between 0 and 255
# expect: ValueError depth must be between 1 and 255
# expect: ValueError value must be positive
# expect: OverflowError leaf_size is too large
# expect: ValueError value must be positive
# expect: ValueError node_depth must be between 0 and 255
# expect: ValueError inner_size must be between 0 and is 64
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError 'bogus' is an invalid keyword argument for blake2b()
# expect: OverflowError node_offset is too large
# expect: ValueError digest_size must be between 1 and 32 bytes
# expect: ValueError maximum salt length is 8 bytes
# expect: TypeError blake2b() takes at most 1 positional argument (2 given)
# expect: TypeError 'data' is an invalid keyword argument for blake2b()
# expect: TypeError Strings must be encoded before hashing
# expect: '586d575e5dda350ebade'
# expect: '389b7fa8e0ff9be86a60'
# expect: TypeError cannot create '_sha256.sha256' instances
# expect: md5 md5 16 64 5a8dd3ad0756a93ded72b823b19dd877 b'^\xb6;\xbb\xe0\x1e' True
# expect: sha1 sha1 20 64 8f7d88e901a5ad3a05d8cc0de93313fd76028f8c b'*\xael5\xc9O' True
# expect: sha224 sha224 28 64 1498652355db9523f9ad2ee3b22ba32a492960835a4719de8ec87ff1 b'/\x05G\x7f\xc2K' True
# expect: sha256 sha256 32 64 ce06092fb948d9ffac7d1a376e404b26b7575bcc11ee05a4615fef4fec3a308b b"\xb9M'\xb9\x93M" True
# expect: sha384 sha384 48 128 922737eef0cc8970c06ee25f454cc4f03a0ceed65da7cb9100d6b0aabe1353c69c738e7ae56ead41a250a0a91533bc0e b'\xfd\xbd\x8eu\xa6\x7f' True
# expect: sha512 sha512 64 128 c6f81db0e9f8206c971c9e5826e3ba823ffbb1a3a900f8047652a8bf78ea98fdfc745855a3853a635675458eb6d1aaf1209e88ead2d192382b5c4cbdd6850e02 b'0\x9e\xccH\x9c\x12' True
# expect: sha3_224 sha3_224 28 144 13fee35b6cedc8caf27030ad763042df5e180386c1ccf65d47863312 b'\xdf\xb7\xf1\x8cw\xe9' True
# expect: sha3_256 sha3_256 32 136 56e91694430446b9d55e80d5e1ab0b9fe4e9fec0b5e8c2d83c36beeca9708890 b'dK\xcc~VC' True
# expect: sha3_384 sha3_384 48 104 0b72c758cc6a0307eaa590be032fd49b41a3899a10efdeec22b084fe6c92af8f4762a41598f0348be2a9ba2da215bea5 b'\x83\xbf\xf2\x8d\xde\x1b' True
# expect: sha3_512 sha3_512 64 72 034cdf13e6b2b29037ecf658a9e6f4c0b5dd39e7d81da096c0757b8a159b34e8792f69582bb1968634b6b3367a15efde5da552512ffedd252558324ee5123d92 b'\x84\x00\x06e>\x9a' True
# expect: blake2b blake2b 64 128 66ad1939a9289aa9f1f1d9ad7bcee694293c7623affb5979bd3f844ab4adcf2145b117b7811b3cee31e130efd760e9685f208c2b2fb1d67e28262168013ba63c b'\x02\x1c\xed\x87\x99)' True
# expect: blake2s blake2s 32 64 7b7d7edb4ddac8fc1baff977d095f8200e77423a02b890dec37539eb40a7c868 b'\x9a\xech\x06yE' True
# expect: shake_128 0 168 8eb4b6a932f280335ee1a279f8c208a349e7bc65daf831d3021c213825292463c59e22d0fe2c767c b'\x8e\xb4\xb6' 1344 256 b'\x1f'
# expect: shake_256 0 136 1234075ae4a1e77316cf2d8000974581a343b9ebbca7e3d1db83394c30f221626f594e4f0de63902 b'\x124\x07' 1088 512 b'\x1f'
# expect: _md5 ['MD5Type', 'md5']
# expect: _sha1 ['SHA1Type', 'sha1']
# expect: _sha256 ['SHA224Type', 'SHA256Type', 'sha224', 'sha256']
# expect: _sha512 ['SHA384Type', 'sha384', 'sha512']
# expect: _sha3 ['implementation', 'keccakopt', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256']
# expect: _blake2 ['BLAKE2B_MAX_DIGEST_SIZE', 'BLAKE2B_MAX_KEY_SIZE', 'BLAKE2B_PERSON_SIZE', 'BLAKE2B_SALT_SIZE', 'BLAKE2S_MAX_DIGEST_SIZE', 'BLAKE2S_MAX_KEY_SIZE', 'BLAKE2S_PERSON_SIZE', 'BLAKE2S_SALT_SIZE', 'blake2b', 'blake2s']
# expect: 16 8 64 32
# expect: ['_capacity_bits', '_rate_bits', '_suffix', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
# expect: ['MAX_DIGEST_SIZE', 'MAX_KEY_SIZE', 'PERSON_SIZE', 'SALT_SIZE', 'block_size', 'copy', 'digest', 'digest_size', 'hexdigest', 'name', 'update']
