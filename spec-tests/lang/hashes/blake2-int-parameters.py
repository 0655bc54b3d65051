# blake2's digest_size, fanout, depth, node_depth and inner_size are C ints:
# a negative one gets its range check's words; leaf_size and node_offset
# are unsigned, and a negative one is refused as such.
import hashlib
for kw in [dict(digest_size=-4), dict(fanout=-1), dict(depth=-1), dict(node_depth=-1),
           dict(inner_size=-1), dict(leaf_size=-1), dict(node_offset=-1),
           dict(digest_size=2**40), dict(fanout=2**40), dict(digest_size=0)]:
    for make in (hashlib.blake2b, hashlib.blake2s):
        try:
            make(b'', **kw)
        except (ValueError, OverflowError) as e:
            print(make.__name__, kw, type(e).__name__, e)
print(hashlib.blake2s(b'x', digest_size=4, fanout=0, depth=255).hexdigest())

# expect: blake2b {'digest_size': -4} ValueError digest_size must be between 1 and 64 bytes
# expect: blake2s {'digest_size': -4} ValueError digest_size must be between 1 and 32 bytes
# expect: blake2b {'fanout': -1} ValueError fanout must be between 0 and 255
# expect: blake2s {'fanout': -1} ValueError fanout must be between 0 and 255
# expect: blake2b {'depth': -1} ValueError depth must be between 1 and 255
# expect: blake2s {'depth': -1} ValueError depth must be between 1 and 255
# expect: blake2b {'node_depth': -1} ValueError node_depth must be between 0 and 255
# expect: blake2s {'node_depth': -1} ValueError node_depth must be between 0 and 255
# expect: blake2b {'inner_size': -1} ValueError inner_size must be between 0 and is 64
# expect: blake2s {'inner_size': -1} ValueError inner_size must be between 0 and is 32
# expect: blake2b {'leaf_size': -1} ValueError value must be positive
# expect: blake2s {'leaf_size': -1} ValueError value must be positive
# expect: blake2b {'node_offset': -1} ValueError value must be positive
# expect: blake2s {'node_offset': -1} ValueError value must be positive
# expect: blake2b {'digest_size': 1099511627776} OverflowError Python int too large to convert to C int
# expect: blake2s {'digest_size': 1099511627776} OverflowError Python int too large to convert to C int
# expect: blake2b {'fanout': 1099511627776} OverflowError Python int too large to convert to C int
# expect: blake2s {'fanout': 1099511627776} OverflowError Python int too large to convert to C int
# expect: blake2b {'digest_size': 0} ValueError digest_size must be between 1 and 64 bytes
# expect: blake2s {'digest_size': 0} ValueError digest_size must be between 1 and 32 bytes
# expect: 88b21c98
