# Digests of many lengths, fed whole and in pieces, for every algorithm.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for ctor in ctors:
    whole = ctor()
    parts = ctor()
    for n in range(0, 300, 7):
        data = bytes((i * 31 + n) % 256 for i in range(n))
        whole = ctor(data)
        parts.update(data[:n // 2])
        parts.update(data[n // 2:])
    print(whole.name, whole.hexdigest()[:32], parts.hexdigest()[:32])
for size in (1, 20, 32, 64):
    print(size, _blake2.blake2b(b'x' * 200, digest_size=size, key=b'key' * 10).hexdigest()[:24])
for size in (1, 16, 32):
    print(size, _blake2.blake2s(b'x' * 200, digest_size=size, key=b'key' * 10, person=b'me').hexdigest()[:24])
for n in (0, 1, 167, 168, 169, 500):
    print(n, _sha3.shake_128(b'y' * n).hexdigest(20), _sha3.shake_256(b'y' * n).hexdigest(20))

# expect: md5 52de771f04407469b6a35d43cb989939 991a10f282370475ce1d95c2356b0c70
# expect: sha1 cd6bdf10f461be1c98e2c4600296c2fd b04aa44614025a27b71fa8a2f85a8d94
# expect: sha224 fe627d3094f2b9511017a2514ea455be 5f3b65ce971dfb804b43499f0400a6d7
# expect: sha256 75f77aa7c5f68a44695f088202f94758 191c243aebcb13a74c1c4a2b99ee10ee
# expect: sha384 bf20e02105d12e93a3d9aec82f3642ad d5d4b348cb5518bbb29a64d52b522444
# expect: sha512 53bfd5ff57ae7e028d3b8abb1b2782e5 7d30434124a86d7aa88699cf0c9ac659
# expect: sha3_224 c0b120019913ade403ffea9119f634ca e4c9f233d3a09dfe7ac88e40c10c955f
# expect: sha3_256 098483e296bc55b961725b6068ac18f3 c765a664982be4c9aaeb42990e495aa8
# expect: sha3_384 65ddc242d59119b112f50658cb44c94f b861e47bfac3bc0173553849c766f68f
# expect: sha3_512 8362208bd28bb1fec774bc08761bfb9f f90f84bdefd6b31507c7c88d26d261af
# expect: blake2b e1dec0c950ffd2c49ea5da241d9e7223 7e94f50847e48116659ccdd22bd26da8
# expect: blake2s 0d836cf6382535f514495508436e779f af8d2052776052c47253df4ca7e11c67
# expect: 1 57
# expect: 20 97d980e9a35e8519fa3ad097
# expect: 32 432a573914ecc50fe66d7d61
# expect: 64 ff2624735aaa8b2f7694bad7
# expect: 1 88
# expect: 16 841cd7506e03979e6e671822
# expect: 32 eeaf199dedc41feff8bdd915
# expect: 0 7f9c2ba4e88f827d616045507605853ed73b8093 46b9dd2b0ba88d13233b3feb743eeb243fcd52ea
# expect: 1 4cccd98df122b0736a05ea30c361846c5cb89596 0c0e7900a42d04a00afef323858bc461deb73fbf
# expect: 167 ae3573584ac821bf80d6233b89dab3e8260828da f99bda5a9b4adfe91822145741c5d1a7edc2cc0a
# expect: 168 1836704a7c869160a7db560461902bfc7d1b87bb 8dff31a49bb08a93fae5322ac2dd74940900ff92
# expect: 169 cadde5a446800fefe082067835e543a7af04acd0 93ad957a5fdcf3ef8e12e28289dd15a91563a577
# expect: 500 e4a9fecbc7583b0a6f24f73590d97012b494e227 9395c73bb598d76d586a0fdff1198de20757fc52
