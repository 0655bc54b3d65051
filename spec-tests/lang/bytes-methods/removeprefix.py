print(b'prefix-x'.removeprefix(b'prefix-'), b'x-suffix'.removesuffix(b'-suffix'), b'abc'.removeprefix(b'abcd'), b'abc'.removesuffix(b''))
print(bytearray(b'v1').removeprefix(b'v'), b'file.py'.removesuffix(memoryview(b'.py')), b'aa'.removeprefix(b'a'))
x = b'keep'
print(x.removeprefix(b'z') is x, x.removesuffix(b'') is x, x.removeprefix(b'k') is x)

# expect: b'x' b'x' b'abc' b'abc'
# expect: bytearray(b'1') b'file' b'a'
# expect: True True False
