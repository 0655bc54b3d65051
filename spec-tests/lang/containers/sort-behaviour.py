nan = float('nan')
print(sorted([nan, 1, 0, nan, -1]))                 # expect: [nan, -1, 0, 1, nan]
xs = [5.0, nan, 3.0, 1.0, nan, 2.0, 4.0]
xs.sort()
print(xs)                                           # expect: [5.0, nan, 1.0, 3.0, nan, 2.0, 4.0]
xs.sort(reverse=True)
print(xs)                                           # expect: [5.0, nan, nan, 4.0, 3.0, 2.0, 1.0]
print(sorted(range(100, 0, -7))[:4], sorted('timsort'))   # expect: [2, 9, 16, 23] ['i', 'm', 'o', 'r', 's', 't', 't']
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))  # expect: ['a', 'e', 'bb', 'dd', 'ccc', 'fff'] ['ccc', 'fff', 'bb', 'dd', 'a', 'e']
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]), sorted([True, 0, -1.5, 2**70, -7]))  # expect: [(0, 'z'), (1, 'a'), (1, 'b')] [-7, -1.5, 0, True, 1180591620717411303424]
ys = [3, 1, 2, 'a', 0, 5]
try:
    ys.sort()
except TypeError as e:
    print(e)                                        # expect: '<' not supported between instances of 'str' and 'int'
print(ys)                                           # expect: [1, 2, 3, 'a', 0, 5]
zs = [3, 1, 2]
try:
    zs.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(e, zs)                                    # expect: division by zero [3, 1, 2]
ws = [3, 1, 2]
try:
    ws.sort(key=lambda v: (ws.append(v), v)[1])
except ValueError as e:
    print(e, ws)                                    # expect: list modified during sort [1, 2, 3]
[].sort(key=None, reverse=False)
[1].sort(1)                                         # raises: TypeError: sort() takes no positional arguments
