# Random ranges within the i64 bounds: len (or its OverflowError), in, count,
# index, items, reversed, slices, ==, hash, as CPython computes them.
state = 99
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
def num():
    r = rand(6)
    if r == 0:
        return rand(20) - 10
    if r == 1:
        return (rand(2000) - 1000) * 2**rand(52)
    if r == 2:
        return -2**63 + rand(5)
    if r == 3:
        return 2**63 - 1 - rand(5)
    return rand(100) - 50
def step():
    s = 0
    while s == 0:
        s = num() if rand(3) == 0 else rand(9) - 4
    return s
for trial in range(120):
    r = range(num(), num(), step())
    x = num()
    try:
        n = len(r)
    except OverflowError as e:
        n = 'overflow'
    out = [n, x in r, r.count(x), bool(r)]
    try:
        out.append(r.index(x))
    except ValueError as e:
        out.append(str(e))
    if n != 'overflow' and n > 0:
        out.append(r[0]); out.append(r[-1])
        out.append(list(reversed(r))[:3] if n < 10**6 else 'big')
        i = rand(n) if n < 2**31 else rand(2**31)
        out.append(r[i])
        try:
            sl = r[rand(7) - 3: rand(7) - 3: rand(5) - 2 or 1] if max(abs(r.start), abs(r.stop), abs(r.step)) < 2**62 else 'skip'
            out.append((sl, len(sl), list(sl)[:4] if len(sl) < 10**6 else 'big') if sl != 'skip' else sl)
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__)
    r2 = range(r.start, r.stop + rand(3) if abs(r.stop) < 2**62 else r.stop, r.step)
    out.append((r == r2, hash(r) == hash(r2) if n == 'overflow' or n > 1 else None, r != r2))
    out.append(list(r)[:3] if n != 'overflow' and n < 10**6 else 'big')
    print(trial, r, out)
# expect: 0 range(-9223372036854775805, -9223372036854775804, 3) [1, False, 0, True, '-9223372036854775808 is not in range', -9223372036854775805, -9223372036854775805, [-9223372036854775805], -9223372036854775805, 'skip', (True, None, False), [-9223372036854775805]]
# expect: 1 range(-11540474045136896, -9223372036854775806) [0, False, 0, False, '43 is not in range', (True, None, False), []]
# expect: 2 range(-9223372036854775804, 39, 34) [271275648142787525, False, 0, True, '-36 is not in range', -9223372036854775804, 12, 'big', -9223372015613841870, 'skip', (True, True, False), 'big']
# expect: 3 range(198180864, 19, -3) [66060282, False, 0, True, '-9 is not in range', 198180864, 21, 'big', 174346758, (range(24, 21, -3), 1, [24]), (True, True, False), 'big']
# expect: 4 range(-15903336184152064, -31, -3) [0, False, 0, False, '5 is not in range', (True, None, False), []]
# expect: 5 range(-3440, -9223372036854775806) [0, False, 0, False, '45 is not in range', (True, None, False), []]
# expect: 6 range(3, -7, 22609920) [0, False, 0, False, '43 is not in range', (True, None, False), []]
# expect: 7 range(12672, 1, -1) [12671, True, 1, True, 12663, 12672, 2, [2, 3, 4], 6250, (range(3, 2), 0, []), (True, True, False), [12672, 12671, 12670]]
# expect: 8 range(6828326912, -13, 3) [0, False, 0, False, '-41 is not in range', (True, None, False), []]
# expect: 9 range(-6, 16, -2) [0, False, 0, False, '22 is not in range', (True, None, False), []]
# expect: 10 range(-47, 31, 4) [20, False, 0, True, '-5 is not in range', -47, 29, [29, 25, 21], -23, (range(29, 21, 8), 0, []), (True, True, False), [-47, -43, -39]]
# expect: 11 range(9223372036854775807, 9223372036854775803, 3) [0, False, 0, False, '-29259464704 is not in range', (True, None, False), []]
# expect: 12 range(43, -7, -90368) [1, True, 1, True, 0, 43, 43, [43], 43, (range(43, 43, -90368), 0, []), (True, None, False), [43]]
# expect: 13 range(-50, -4, -3) [0, False, 0, False, '8 is not in range', (True, None, False), []]
# expect: 14 range(-9223372036854775806, 1, -1) [0, False, 0, False, '-9223372036854775807 is not in range', (True, None, False), []]
# expect: 15 range(9223372036854775804, 9223372036854775805, 4) [1, False, 0, True, '-24 is not in range', 9223372036854775804, 9223372036854775804, [9223372036854775804], 9223372036854775804, 'skip', (True, None, False), [9223372036854775804]]
# expect: 16 range(-1, 37, -319755573543305216) [0, False, 0, False, '3 is not in range', (True, None, False), []]
# expect: 17 range(-46, -32, -4) [0, False, 0, False, '9223372036854775804 is not in range', (True, None, False), []]
# expect: 18 range(-27, -9223372036854775807, 9223372036854775803) [0, False, 0, False, '9223372036854775804 is not in range', (True, None, False), []]
# expect: 19 range(-227633266688, -9223372036854775808) [0, False, 0, False, '9 is not in range', (True, None, False), []]
# expect: 20 range(-21, 25, -3) [0, False, 0, False, '-9223372036854775807 is not in range', (True, None, False), []]
# expect: 21 range(4604204941312, 23, 3) [0, False, 0, False, '-25 is not in range', (True, None, False), []]
# expect: 22 range(9223372036854775806, -32091995635712, 9223372036854775804) [0, False, 0, False, '34 is not in range', (True, None, False), []]
# expect: 23 range(-9223372036854775808, -5, 3) [3074457345618258601, False, 0, True, '9 is not in range', -9223372036854775808, -8, 'big', -9223372034938001888, 'skip', (False, False, True), 'big']
# expect: 24 range(-9223372036854775804, -9223372036854775808, 425984) [0, False, 0, False, '-9223372036854775807 is not in range', (True, None, False), []]
# expect: 25 range(-9, -3, 2) [3, False, 0, True, '5 is not in range', -9, -5, [-5, -7, -9], -5, (range(-5, -5, -2), 0, []), (True, True, False), [-9, -7, -5]]
# expect: 26 range(4, -335518172239101952, -13056) [25698389417824, False, 0, True, '-9223372036854775806 is not in range', 4, -335518172239097084, 'big', -4228235265020, (range(-335518172239070972, -335518172239084028, -26112), 1, [-335518172239070972]), (True, True, False), 'big']
# expect: 27 range(-5832704, -1, 2163838883463168) [1, False, 0, True, '5 is not in range', -5832704, -5832704, [-5832704], -5832704, (range(2163838877630464, 2163838877630464, 2163838883463168), 0, []), (True, None, False), [-5832704]]
# expect: 28 range(-436849163854938112, -5, -3) [0, False, 0, False, '-9223372036854775807 is not in range', (True, None, False), []]
# expect: 29 range(9223372036854775804, 9223372036854775807, 3) [1, False, 0, True, '124285616128 is not in range', 9223372036854775804, 9223372036854775804, [9223372036854775804], 9223372036854775804, 'skip', (True, None, False), [9223372036854775804]]
# expect: 30 range(9223372036854775806, -16044073672507392, 3) [0, False, 0, False, '-5 is not in range', (True, None, False), []]
# expect: 31 range(9223372036854775807, -24, 4) [0, False, 0, False, '9223372036854775807 is not in range', (True, None, False), []]
# expect: 32 range(-9, 9, 2) [9, True, 1, True, 7, -9, 7, [7, 5, 3], -1, (range(7, 3, 2), 0, []), (False, False, True), [-9, -7, -5]]
# expect: 33 range(9223372036854775804, -11542724608, 9223372036854775805) [0, False, 0, False, '9223372036854775804 is not in range', (True, None, False), []]
# expect: 34 range(3, 5, 3) [1, False, 0, True, '-9223372036854775808 is not in range', 3, 3, [3], 3, (range(3, 3, -6), 0, []), (True, None, False), [3]]
# expect: 35 range(8, 25769803776, -2) [0, False, 0, False, '-9223372036854775807 is not in range', (True, None, False), []]
# expect: 36 range(471040, 1, -4) [117760, False, 0, True, '-7 is not in range', 471040, 4, [4, 8, 12], 373600, (range(471036, 471028, 8), 0, []), (True, True, False), [471040, 471036, 471032]]
# expect: 37 range(-523239424, -5, -4) [0, False, 0, False, '35 is not in range', (True, None, False), []]
# expect: 38 range(46, 9223372036854775806, 19) [485440633518672409, False, 0, True, '-7 is not in range', 46, 9223372036854775798, 'big', 37932314750, 'skip', (True, True, False), 'big']
# expect: 39 range(-16, 48928267436032, -26) [0, False, 0, False, '-7696 is not in range', (True, None, False), []]
# expect: 40 range(6224, -9223372036854775806, -1) ['overflow', True, 1, True, 6233, (True, True, False), 'big']
# expect: 41 range(5, 3, -4) [1, False, 0, True, '-49 is not in range', 5, 5, [5], 5, (range(5, 5, 4), 0, []), (False, None, True), [5]]
# expect: 42 range(9223372036854775806, -24, -1) ['overflow', True, 1, True, 0, (False, False, True), 'big']
# expect: 43 range(-5, -9223372036854775808, 3) [0, False, 0, False, '-7 is not in range', (True, None, False), []]
# expect: 44 range(35, 5, 40) [0, False, 0, False, '9223372036854775805 is not in range', (True, None, False), []]
# expect: 45 range(-3, 39) [42, False, 0, True, '-7 is not in range', -3, 38, [38, 37, 36], 11, (range(37, -3, -1), 40, [37, 36, 35, 34]), (True, True, False), [-3, -2, -1]]
# expect: 46 range(9223372036854775804, -18, 4) [0, False, 0, False, '9223372036854775805 is not in range', (True, None, False), []]
# expect: 47 range(-31, -5, 9223372036854775807) [1, False, 0, True, '242992069738496 is not in range', -31, -31, [-31], -31, 'skip', (True, None, False), [-31]]
# expect: 48 range(1, 31, 32985348833280) [1, True, 1, True, 0, 1, 1, [1], 1, (range(1, -32985348833279, -32985348833280), 1, [1]), (True, None, False), [1]]
# expect: 49 range(40, 9223372036854775807, -39) [0, False, 0, False, '-1 is not in range', (True, None, False), []]
# expect: 50 range(9, -9, 9223372036854775803) [0, False, 0, False, '9223372036854775804 is not in range', (True, None, False), []]
# expect: 51 range(-9223372036854775805, -7, -40) [0, False, 0, False, '-6 is not in range', (True, None, False), []]
# expect: 52 range(-9223372036854775805, -5, 9223372036854775803) [1, False, 0, True, '8 is not in range', -9223372036854775805, -9223372036854775805, [-9223372036854775805], -9223372036854775805, 'skip', (True, None, False), [-9223372036854775805]]
# expect: 53 range(1732608, 7, 4) [0, False, 0, False, '27 is not in range', (True, None, False), []]
# expect: 54 range(2, 9223372036854775806, -1) [0, False, 0, False, '-20 is not in range', (True, None, False), []]
# expect: 55 range(-103903848824832, -7, -2) [0, False, 0, False, '-23 is not in range', (True, None, False), []]
# expect: 56 range(20, -28672, 3) [0, False, 0, False, '7 is not in range', (True, None, False), []]
# expect: 57 range(6803228196864, -9223372036854775808, 9223372036854775807) [0, False, 0, False, '9223372036854775807 is not in range', (True, None, False), []]
# expect: 58 range(92042317384384512, 3, 8) [0, False, 0, False, '-226492416 is not in range', (True, None, False), []]
# expect: 59 range(9223372036854775803, 9223372036854775804, 3) [1, False, 0, True, '-9223372036854775806 is not in range', 9223372036854775803, 9223372036854775803, [9223372036854775803], 9223372036854775803, 'skip', (True, None, False), [9223372036854775803]]
# expect: 60 range(-4, -26, -2) [11, False, 0, True, '1811939328 is not in range', -4, -24, [-24, -22, -20], -16, (range(-4, -24, 4), 0, []), (False, False, True), [-4, -6, -8]]
# expect: 61 range(42, -44, -9223372036854775805) [1, False, 0, True, '41 is not in range', 42, 42, [42], 42, 'skip', (True, None, False), [42]]
# expect: 62 range(-9223372036854775807, 15, 2) [4611686018427387911, True, 1, True, 0, -9223372036854775807, 13, 'big', -9223372033203990819, 'skip', (True, True, False), 'big']
# expect: 63 range(-13, -7, -11613591568384) [0, False, 0, False, '-5 is not in range', (True, None, False), []]
# expect: 64 range(1168231104512, -9223372036854775807, -4) [2305843301271470080, False, 0, True, '1 is not in range', 1168231104512, -9223372036854775804, 'big', 1160547512608, 'skip', (True, True, False), 'big']
# expect: 65 range(6750208, 7, 9223372036854775806) [0, False, 0, False, '-24 is not in range', (True, None, False), []]
# expect: 66 range(-1, -3, 2) [0, False, 0, False, '-35 is not in range', (True, None, False), []]
# expect: 67 range(9223372036854775804, -18, -3) [3074457345618258608, True, 1, True, 3074457345618258598, 9223372036854775804, -17, 'big', 9223372034044170781, 'skip', (True, True, False), 'big']
# expect: 68 range(59373627899904, -9223372036854775806, 4) [0, False, 0, False, '-9223372036854775808 is not in range', (True, None, False), []]
# expect: 69 range(-9223372036854775806, -1, 2) [4611686018427387903, False, 0, True, '43 is not in range', -9223372036854775806, -2, 'big', -9223372036591160818, 'skip', (True, True, False), 'big']
# expect: 70 range(-9223372036854775805, -9223372036854775806, -4) [1, False, 0, True, '-39 is not in range', -9223372036854775805, -9223372036854775805, [-9223372036854775805], -9223372036854775805, 'skip', (True, None, False), [-9223372036854775805]]
# expect: 71 range(9223372036854775807, 9223372036854775804, -4) [1, False, 0, True, '529172956216033280 is not in range', 9223372036854775807, 9223372036854775807, [9223372036854775807], 9223372036854775807, 'skip', (True, None, False), [9223372036854775807]]
# expect: 72 range(9223372036854775806, 48, -9223372036854775806) [1, False, 0, True, '17 is not in range', 9223372036854775806, 9223372036854775806, [9223372036854775806], 9223372036854775806, 'skip', (True, None, False), [9223372036854775806]]
# expect: 73 range(-9223372036854775807, -1, 2) [4611686018427387903, True, 1, True, 4611686018427387901, -9223372036854775807, -3, 'big', -9223372034901716867, 'skip', (True, True, False), 'big']
# expect: 74 range(-1, -9223372036854775807, 526666069704704) [0, False, 0, False, '-9223372036854775805 is not in range', (True, None, False), []]
# expect: 75 range(21, -9, -4) [8, False, 0, True, '3 is not in range', 21, -7, [-7, -3, 1], 13, (range(-3, 1, -8), 0, []), (True, True, False), [21, 17, 13]]
# expect: 76 range(23488102400, 5, -2) [11744051198, False, 0, True, '-7 is not in range', 23488102400, 6, 'big', 21223927656, (range(23488102394, 23488102396, -2), 0, []), (True, True, False), 'big']
# expect: 77 range(-119040, 11, -50) [0, False, 0, False, '9223372036854775805 is not in range', (True, None, False), []]
# expect: 78 range(-9223372036854775806, 1, 9223372036854775806) [2, False, 0, True, '46 is not in range', -9223372036854775806, 0, [0, -9223372036854775806], 0, 'skip', (True, True, False), [-9223372036854775806, 0]]
# expect: 79 range(1493172224, 1, 4) [0, False, 0, False, '45 is not in range', (True, None, False), []]
# expect: 80 range(-4943404278480896, 7, 73667279060992) [68, False, 0, True, '-19 is not in range', -4943404278480896, -7696581394432, [-7696581394432, -81363860455424, -155031139516416], -523367534821376, (range(-155031139516416, -4796069720358912, -73667279060992), 63, [-155031139516416, -228698418577408, -302365697638400, -376032976699392]), (True, True, False), [-4943404278480896, -4869736999419904, -4796069720358912]]
# expect: 81 range(113548197888, -17, 3) [0, False, 0, False, '15 is not in range', (True, None, False), []]
# expect: 82 range(9223372036854775803, 9223372036854775805) [2, False, 0, True, '9223372036854775807 is not in range', 9223372036854775803, 9223372036854775804, [9223372036854775804, 9223372036854775803], 9223372036854775804, 'skip', (True, True, False), [9223372036854775803, 9223372036854775804]]
# expect: 83 range(-9223372036854775804, -15, -4) [0, False, 0, False, '41 is not in range', (True, None, False), []]
# expect: 84 range(9223372036854775804, 360287970189639680, -22) [402867457575688006, False, 0, True, '-135239930216448 is not in range', 9223372036854775804, 360287970189639694, 'big', 9223372004717382780, 'skip', (True, True, False), 'big']
# expect: 85 range(-27, -9223372036854775806, -3) [3074457345618258593, False, 0, True, '31 is not in range', -27, -9223372036854775803, 'big', -1540551645, 'skip', (True, True, False), 'big']
# expect: 86 range(39032662786048, -9223372036854775807, 9223372036854775805) [0, False, 0, False, '-10 is not in range', (True, None, False), []]
# expect: 87 range(-509073883660288, 27, 26) [19579764756166, False, 0, True, '9223372036854775803 is not in range', -509073883660288, 2, 'big', -509050856744818, (range(-24, 2, 52), 1, [-24]), (True, True, False), 'big']
# expect: 88 range(-9223372036854775808, -7, 9223372036854775806) [1, False, 0, True, '9223372036854775805 is not in range', -9223372036854775808, -9223372036854775808, [-9223372036854775808], -9223372036854775808, 'skip', (True, None, False), [-9223372036854775808]]
# expect: 89 range(-1593835520, -23, 3) [531278499, False, 0, True, '-3 is not in range', -1593835520, -26, 'big', -260929073, (range(-1593835517, -1593835514, 6), 1, [-1593835517]), (True, True, False), 'big']
# expect: 90 range(113011326976, -9223372036854775807, 14) [0, False, 0, False, '5008 is not in range', (True, None, False), []]
# expect: 91 range(-1, 1, -3) [0, False, 0, False, '21 is not in range', (True, None, False), []]
# expect: 92 range(2332033024, -9223372036854775806, 4) [0, False, 0, False, '-25 is not in range', (True, None, False), []]
# expect: 93 range(41, -9, 2) [0, False, 0, False, '7 is not in range', (True, None, False), []]
# expect: 94 range(-382976, -3, -20) [0, False, 0, False, '9223372036854775806 is not in range', (True, None, False), []]
# expect: 95 range(1, -1, -6012954214400) [1, False, 0, True, '-9223372036854775808 is not in range', 1, 1, [1], 1, (range(-6012954214399, -6012954214399, -6012954214400), 0, []), (True, None, False), [1]]
# expect: 96 range(36, 6, -31) [1, False, 0, True, '-5 is not in range', 36, 36, [36], 36, (range(67, 67, 31), 0, []), (True, None, False), [36]]
# expect: 97 range(-6, 58274116272128) [58274116272134, False, 0, True, '-43 is not in range', -6, 58274116272127, 'big', 1158529814, (range(-6, -6, 2), 0, []), (False, False, True), 'big']
# expect: 98 range(48, -18, -19) [4, False, 0, True, '-17 is not in range', 48, -9, [-9, 10, 29], 10, (range(48, -9, -19), 3, [48, 29, 10]), (True, True, False), [48, 29, 10]]
# expect: 99 range(-22, -76561193665298432, -2) [38280596832649205, False, 0, True, '5 is not in range', -22, -76561193665298430, 'big', -1390058678, (range(-28, -76561193665298428, -4), 19140298416324600, 'big'), (True, True, False), 'big']
# expect: 100 range(9223372036854775806, 9223372036854775805, 9) [0, False, 0, False, '-9 is not in range', (True, None, False), []]
# expect: 101 range(13, -9223372036854775807, -3) [3074457345618258607, False, 0, True, '-21 is not in range', 13, -9223372036854775805, 'big', -711853073, 'skip', (True, True, False), 'big']
# expect: 102 range(-10, -437256192, -2) [218628091, False, 0, True, '5 is not in range', -10, -437256190, 'big', -85748134, (range(-14, -437256186, -2), 218628086, 'big'), (False, False, True), 'big']
# expect: 103 range(-49283072, 15, -34) [0, False, 0, False, '9223372036854775803 is not in range', (True, None, False), []]
# expect: 104 range(-21, -27, 2) [0, False, 0, False, '-7 is not in range', (True, None, False), []]
# expect: 105 range(9223372036854775803, -30, -1) ['overflow', True, 1, True, 9223372036854775817, (False, False, True), 'big']
# expect: 106 range(-9223372036854775807, -9223372036854775806, -4) [0, False, 0, False, '7 is not in range', (True, None, False), []]
# expect: 107 range(-9223372036854775806, -9223372036854775804, 4) [1, False, 0, True, '-31 is not in range', -9223372036854775806, -9223372036854775806, [-9223372036854775806], -9223372036854775806, 'skip', (True, None, False), [-9223372036854775806]]
# expect: 108 range(9223372036854775805, -38, -4) [2305843009213693961, False, 0, True, '10 is not in range', 9223372036854775805, -35, 'big', 9223372030862394441, 'skip', (True, True, False), 'big']
# expect: 109 range(6, 9223372036854775806, -3) [0, False, 0, False, '-42502721483309056 is not in range', (True, None, False), []]
# expect: 110 range(-9223372036854775807, 5, -1) [0, False, 0, False, '-3 is not in range', (True, None, False), []]
# expect: 111 range(-132338679808, -9223372036854775807, 4) [0, False, 0, False, '-9223372036854775807 is not in range', (True, None, False), []]
# expect: 112 range(-11, -1, 34) [1, False, 0, True, '4 is not in range', -11, -11, [-11], -11, (range(23, -11, 34), 0, []), (True, None, False), [-11]]
# expect: 113 range(-9223372036854775807, -9223372036854775804, 9223372036854775804) [1, False, 0, True, '-18691697672192 is not in range', -9223372036854775807, -9223372036854775807, [-9223372036854775807], -9223372036854775807, 'skip', (True, None, False), [-9223372036854775807]]
# expect: 114 range(30, 135266304, -96905199616) [0, False, 0, False, '-9 is not in range', (True, None, False), []]
# expect: 115 range(-7078106103808, 45, -1) [0, False, 0, False, '13 is not in range', (True, None, False), []]
# expect: 116 range(-414515883671552, -13, -1) [0, False, 0, False, '-9223372036854775805 is not in range', (True, None, False), []]
# expect: 117 range(-470298918912, 5) [470298918917, True, 1, True, 470298918885, -470298918912, 4, 'big', -469949781468, (range(-470298918909, 3), 470298918912, 'big'), (False, False, True), 'big']
# expect: 118 range(9223372036854775803, 6848512) [0, False, 0, False, '-9223372036854775808 is not in range', (True, None, False), []]
# expect: 119 range(9223372036854775804, 5376, 3) [0, False, 0, False, '45 is not in range', (True, None, False), []]
