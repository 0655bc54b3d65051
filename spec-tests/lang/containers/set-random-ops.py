# Sets built by random adds and discards, combined by every operator: the
# order of each result and frozenset's hash are CPython's (PYTHONHASHSEED=0).
state = 777
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
def key():
    r = rand(5)
    if r == 0:
        return rand(64) * 8
    if r == 1:
        return 'k' + str(rand(40))
    if r == 2:
        return (rand(5), rand(3))
    if r == 3:
        return rand(1000) - 500
    return rand(30) * 1.5
pool = []
for trial in range(50):
    s = set()
    for i in range(rand(25)):
        if rand(4) == 0 and s:
            s.discard(key())
            if s:
                s.discard(list(s)[rand(len(s))])
        else:
            s.add(key())
    pool.append(s)
    other = pool[rand(len(pool))]
    op = rand(9)
    if op == 0:
        r = s | other
    elif op == 1:
        r = s & other
    elif op == 2:
        r = s - other
    elif op == 3:
        r = s ^ other
    elif op == 4:
        r = set(s)
    elif op == 5:
        r = frozenset(s) | other
    elif op == 6:
        r = {*s, *other}
    elif op == 7:
        r = set(list(s))
    else:
        r = frozenset(other) - s
    print(trial, op, r, hash(frozenset(r)), s <= other, s == other)
# expect: 0 7 {379, 30.0} -6887660149533748287 True True
# expect: 1 4 {6.0} -3194076534105865357 False False
# expect: 2 8 frozenset({6.0}) -3194076534105865357 False False
# expect: 3 4 {'k10', 'k33'} 8674451737287763486 False False
# expect: 4 5 frozenset({394, 'k8', 30.0}) 5953229228495848053 False False
# expect: 5 2 {18.0, -179} 2443086918519412515 False False
# expect: 6 5 frozenset({296, (4, 0), 158, 30.0}) -1199470075705420521 False False
# expect: 7 2 {(1, 1), 'k10', 'k28', 'k33'} -3196066276380577752 False False
# expect: 8 2 {72, 104, (1, 1), 432, 88} -1981108294298255203 False False
# expect: 9 8 frozenset({379, 30.0}) -6887660149533748287 False False
# expect: 10 0 {21.0, 10.5, 13.5, 30.0, 'k27'} 302291052284735712 False False
# expect: 11 6 {304, 'k10', 'k33'} -6771182283034644292 False False
# expect: 12 1 set() 133146708735736 False False
# expect: 13 2 {'k7', 300} -7012140344489329886 False False
# expect: 14 5 frozenset({80, (3, 2), 379, 30.0, 31.5}) -7159376781932916807 False False
# expect: 15 7 {192, 496, 'k37'} -8927539384717934052 False False
# expect: 16 1 set() 133146708735736 False False
# expect: 17 2 {320, 'k23', 28.5} 6679544107366412927 False False
# expect: 18 7 {8, 33.0} -3541841839578514368 False False
# expect: 19 4 {'k27'} 305904505003742935 False False
# expect: 20 8 frozenset({6.0}) -3194076534105865357 False False
# expect: 21 6 {320, 'k23', 28.5} 6679544107366412927 True False
# expect: 22 3 {'k19', 'k35', 360, 16.5, 176, (0, 2)} -2046107830154024221 False False
# expect: 23 7 {48} 6286081533373232450 False False
# expect: 24 5 frozenset({48, (3, 2), 'k21', -490}) -2258086441436750758 False False
# expect: 25 8 frozenset({'k7', 300}) -7012140344489329886 False False
# expect: 26 3 {(4, 0), 164, 296, 'k5', 'k30', 158} -2995521229451681538 False False
# expect: 27 5 frozenset({1.5, (1, 2), 37.5, 6.0, (0, 0), (1, 1), 30.0}) -4949778922395905310 False False
# expect: 28 8 frozenset({379, 30.0}) -6887660149533748287 False False
# expect: 29 4 {-136, 'k9'} -6774357115576019381 False False
# expect: 30 8 frozenset({1.5, (1, 2), 37.5, (0, 0), (1, 1), 30.0}) 1444637577659716831 False False
# expect: 31 0 {379, 30.0} -6887660149533748287 True False
# expect: 32 2 {208, (1, 0)} 9193043854750820734 False False
# expect: 33 2 {448, 18.0, 4.5} 924522273637584013 False False
# expect: 34 1 set() 133146708735736 False False
# expect: 35 8 frozenset({'k23', (2, 0)}) 7696844823464200337 True False
# expect: 36 3 {-136, 'k9'} -6774357115576019381 True False
# expect: 37 5 frozenset({248, 80, (3, 1), (3, 2), 30.0, 31.5}) -4256810247858910867 False False
# expect: 38 8 frozenset({379, 30.0}) -6887660149533748287 False False
# expect: 39 2 {37.5} -976332719316345777 False False
# expect: 40 6 {48, 80, (3, 2), 13.5, 30.0, 31.5} 6080327878555615065 False False
# expect: 41 1 set() 133146708735736 False False
# expect: 42 1 set() 133146708735736 False False
# expect: 43 8 frozenset({16.5, (0, 2), 'k35'}) -290466890066502947 False False
# expect: 44 7 {416, 42.0, 4.5, (3, 2)} 566019897335072321 False False
# expect: 45 7 {240, -223, -53, 340} 5783334526682176616 False False
# expect: 46 5 frozenset({80, 'k10', 'k28', 22.5, 'k33', (1, 1)}) -4940741619353297001 False False
# expect: 47 0 {0, 416, 4.5, 42.0, 203, -7, (3, 2), 'k30'} -4992781374199831104 False False
# expect: 48 1 set() 133146708735736 False False
# expect: 49 6 {'k21', 36.0, 'k8', -490, (3, 2), 'k29', (2, 0), 28.5} -2729126419692938067 False False
