# Set methods with every kind of argument (lists, tuples, dicts, sets, the set
# itself): results, orders and pop's finger as in CPython (PYTHONHASHSEED=0).
state = 4242
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
def key():
    r = rand(4)
    if r == 0:
        return rand(64) * 8
    if r == 1:
        return 'k' + str(rand(30))
    if r == 2:
        return (rand(4), rand(3))
    return rand(200) - 100
def some():
    r = rand(5)
    items = [key() for i in range(rand(30))]
    if r == 0:
        return items
    if r == 1:
        return tuple(items)
    if r == 2:
        return frozenset(items)
    if r == 3:
        return {k: 1 for k in items} if False else dict([(k, 1) for k in items])
    return set(items)
pool = [set()]
for trial in range(150):
    s = pool[rand(len(pool))]
    if rand(3) == 0:
        s = s.copy()
        pool.append(s)
    m = rand(17)
    o = some() if rand(6) else s
    try:
        if m == 0: r = s.union(o, some())
        elif m == 1: r = s.intersection(o)
        elif m == 2: r = s.intersection(o, some())
        elif m == 3: r = s.difference(o)
        elif m == 4: r = s.difference(o, some())
        elif m == 5: r = s.symmetric_difference(o)
        elif m == 6: r = s.update(o, some())
        elif m == 7: r = s.intersection_update(o)
        elif m == 8: r = s.difference_update(o)
        elif m == 9: r = s.symmetric_difference_update(o)
        elif m == 10: r = (s.issubset(o), s.issuperset(o), s.isdisjoint(o))
        elif m == 11: r = s.pop() if s else None
        elif m == 12: r = [s.pop() for i in range(min(3, len(s)))]
        elif m == 13: r = s.add(key())
        elif m == 14: r = s.discard(key())
        elif m == 15: r = frozenset(s).union(o)
        else: r = s.copy()
    except TypeError as e:
        r = 'TypeError ' + str(e)
    print(trial, m, r, s)
# expect: 0 0 {'k28', 8, 'k8', 'k14', -96, 32, 36, -88, 40, 44, 'k0', 48, -80, 'k10', 52, -76, 56, 'k20', 60, 'k24', -60, 68, 'k22', -56, -52, 76, 'k6', -44, 84, 'k16', -32, -28, 'k26', -24, 'k4'} set()
# expect: 1 13 None {'k18'}
# expect: 2 7 None {'k18'}
# expect: 3 11 k18 set()
# expect: 4 5 set() set()
# expect: 5 14 None set()
# expect: 6 14 None set()
# expect: 7 5 {0, 'k24', 'k6', 'k8', -40, 'k14', 28, 92, -96, 'k2', 'k26', 'k0', 'k20', -12, -72, -68} set()
# expect: 8 12 [] set()
# expect: 9 13 None {'k24'}
# expect: 10 12 ['k24'] set()
# expect: 11 0 {0, -64, 'k24', 4, 'k28', -60, 'k22', 8, -56, 12, 20, 84, 'k8', -40, 88, 'k18', 'k12', 36, -28, 'k2', -24, -68, 'k0', -16, 'k10', 'k4', 56, 'k20'} set()
# expect: 12 2 set() set()
# expect: 13 1 set() set()
# expect: 14 7 None set()
# expect: 15 1 set() set()
# expect: 16 8 None set()
# expect: 17 4 set() set()
# expect: 18 0 {64, 'k24', 'k22', -52, 'k6', -48, 'k16', -72, 88, 24, 'k14', 92, 32, -96, 'k26', 36, -88, 44, -84, -20, 'k0', -16, 'k10', -12, 'k4', 56, -68} set()
# expect: 19 15 frozenset({'k12', 96, 'k24', 'k26', -56, -52, 12, 'k20', 'k0', -44, 'k8', 'k4', -72, 56, -68}) set()
# expect: 20 8 None set()
# expect: 21 11 None set()
# expect: 22 1 set() set()
# expect: 23 4 set() set()
# expect: 24 1 set() set()
# expect: 25 1 set() set()
# expect: 26 11 None set()
# expect: 27 8 None set()
# expect: 28 16 set() set()
# expect: 29 11 None set()
# expect: 30 15 frozenset({-64, -32, 'k12', 'k2', 'k22', 'k16', -12, 'k4', 88, 56, -36}) set()
# expect: 31 11 None set()
# expect: 32 3 set() set()
# expect: 33 12 [] set()
# expect: 34 15 frozenset() set()
# expect: 35 7 None {'k18'}
# expect: 36 5 set() set()
# expect: 37 9 None {'k12', 96, 4, 'k28', 'k22', -20, 76, 'k0', 'k4', -40, 56, 'k20'}
# expect: 38 10 (True, True, True) set()
# expect: 39 14 None set()
# expect: 40 3 set() set()
# expect: 41 10 (True, False, True) set()
# expect: 42 1 set() set()
# expect: 43 11 None set()
# expect: 44 0 {4, -60, 'k22', 72, 12, 'k16', 'k8', -72, 88, 'k18', 'k14', 28, 32, 'k26', 'k2', -16, 'k10', 'k4', 56, -4} set()
# expect: 45 12 [] set()
# expect: 46 4 set() set()
# expect: 47 10 (True, False, True) set()
# expect: 48 10 (True, False, True) set()
# expect: 49 9 None {'k8', 24, 'k18', 'k14', 28, 32, -88, 'k0', 48, 'k10', 'k20', -64, 'k24', 68, 84, -44, 'k12', 'k2', -28, -4}
# expect: 50 5 {-96, 'k26'} set()
# expect: 51 0 {64, 'k24', 'k22', 8, 80, -44, 'k8', 'k18', 32, 36, -92, -28, 'k2', -68, -16, 'k10', 'k4', -72, 'k20'} set()
# expect: 52 10 (True, True, True) set()
# expect: 53 1 set() set()
# expect: 54 5 set() set()
# expect: 55 9 None set()
# expect: 56 16 set() set()
# expect: 57 11 None set()
# expect: 58 4 set() set()
# expect: 59 6 None {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 60 13 None {'k18'}
# expect: 61 14 None {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 62 12 [] set()
# expect: 63 3 set() set()
# expect: 64 7 None set()
# expect: 65 0 {-32, 'k12', 'k2', 36, 'k22', -24, -20, 'k0', 52, 'k4', 88, 'k18', 'k20'} set()
# expect: 66 1 set() set()
# expect: 67 3 set() set()
# expect: 68 4 set() set()
# expect: 69 10 (True, False, True) set()
# expect: 70 1 set() set()
# expect: 71 6 None {'k28', 16, 'k8', 24, 'k18', -96, 36, -84, 'k0', 'k10', -76, 56, -72, 'k20', -64, 'k24', -60, 'k22', 72, -52, 76, 'k6', -48, -40, 92, -36, 'k12', 'k2', 'k26', -24, -16, -12, 'k4', -4}
# expect: 72 16 set() set()
# expect: 73 1 set() set()
# expect: 74 11 None set()
# expect: 75 10 (True, True, False) {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 76 6 None {'k28', 16, 'k8', 'k18', 'k14', -100, 36, 40, -84, 'k0', -80, -76, 56, -72, -68, 60, 'k24', 68, 'k22', -56, 76, 'k6', 'k16', 88, 'k12', 96, 'k2', 'k26', -28, -24, -20, 'k4', -8}
# expect: 77 13 None {-92}
# expect: 78 13 None {40}
# expect: 79 3 {-64, -96, 32, 'k28', 68, 36, 'k26', 8, -28, -88, 'k6', 20, 'k16', -72, 'k18', 28} {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 80 1 set() set()
# expect: 81 4 {-64, 'k28', 68, 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, -28, -88} {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 82 14 None set()
# expect: 83 2 set() set()
# expect: 84 13 None {48}
# expect: 85 1 {48} {48}
# expect: 86 2 set() {'k28', 16, 'k8', 'k18', 'k14', -100, 36, 40, -84, 'k0', -80, -76, 56, -72, -68, 60, 'k24', 68, 'k22', -56, 76, 'k6', 'k16', 88, 'k12', 96, 'k2', 'k26', -28, -24, -20, 'k4', -8}
# expect: 87 7 None {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 88 12 [] set()
# expect: 89 5 set() set()
# expect: 90 13 None {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k8', 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 91 2 set() set()
# expect: 92 14 None {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 93 5 {-68, 'k2'} set()
# expect: 94 0 {32, 'k24', 'k28', -28, 'k22', -24, 8, 44, 'k0', 60, 48, 'k6', 84, 'k16', -72, 'k14', 92} {48}
# expect: 95 11 -64 {'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 96 14 None set()
# expect: 97 5 {'k28', 8, 20, 40, 'k0', 48, 'k10', 68, 'k22', -52, 76, -44, 'k16', -36, -32, 'k26', 'k2', -16, 'k4'} set()
# expect: 98 13 None {'k8'}
# expect: 99 0 {-32, -60, 'k2', -84, 48, -48, 'k10', 'k16', -8, 'k14', -100} {48}
# expect: 100 14 None {'k8', 24, 'k18', 'k14', 28, 32, -88, 'k0', 48, 'k10', 'k20', -64, 'k24', 68, 84, -44, 'k12', 'k2', -28, -4}
# expect: 101 13 None {'k28'}
# expect: 102 11 None set()
# expect: 103 7 None set()
# expect: 104 14 None set()
# expect: 105 14 None set()
# expect: 106 0 {'k24', 4, 68, 'k22', 'k28', 72, -60, 76, 80, 'k6', 16, 'k16', 'k8', 88, 24, 'k14', -36, -32, 'k12', 96, 'k26', -28, 'k2', -92, 40, -88, -68, -76, -12, 'k4', 'k20'} set()
# expect: 107 1 set() set()
# expect: 108 6 None {0, -64, 76, 'k6', 'k16', 'k8', 88, 24, 'k14', -36, -96, 'k26', -20, 'k0', 'k10', -12, -76}
# expect: 109 11 -64 {'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 'k8', 'k18', 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 110 11 None set()
# expect: 111 16 set() set()
# expect: 112 3 set() set()
# expect: 113 6 None {64, 'k24', 'k28', -60, 'k6', -48, 20, 'k14', -100, 28, -96, 'k12', 96, -92, 'k26', 'k2', 40, -20, 44, 48, 'k10', -76, 'k4'}
# expect: 114 12 [64, 'k24', 'k28'] {-60, 'k6', -48, 20, 'k14', -100, 28, -96, 'k12', 96, -92, 'k26', 'k2', 40, -20, 44, 48, 'k10', -76, 'k4'}
# expect: 115 8 None set()
# expect: 116 11 None set()
# expect: 117 14 None {-60, 'k6', -48, 20, -100, 28, -96, 'k12', 96, -92, 'k26', 'k2', 40, -20, 44, 48, 'k10', -76, 'k4'}
# expect: 118 0 {0, 'k28', 8, 20, 'k8', 24, 'k14', 'k18', 40, 44, 'k0', 'k20', -68, 64, -60, 'k22', -56, 'k12', 'k26', -20} {40}
# expect: 119 5 {20, 'k8', 'k14', 28, -96, -92, -88, 40, 44, 48, 'k10', -76, 'k20', 60, 'k24', -60, 'k22', 72, 'k6', -48, 'k12', 96, 'k26', -20, -16, 'k4', -4} {-60, 'k6', -48, 20, -100, 28, -96, 'k12', 96, -92, 'k26', 'k2', 40, -20, 44, 48, 'k10', -76, 'k4'}
# expect: 120 10 (True, True, False) {40}
# expect: 121 9 None set()
# expect: 122 2 {'k12', 'k28', 'k22', 'k4', 56} {'k12', 96, 4, 'k28', 'k22', -20, 76, 'k0', 'k4', -40, 56, 'k20'}
# expect: 123 15 frozenset({0, -64, 76, 'k6', 'k16', 'k8', 88, 24, 'k14', -36, -96, 'k26', -20, 'k0', 'k10', -12, -76}) {0, -64, 76, 'k6', 'k16', 'k8', 88, 24, 'k14', -36, -96, 'k26', -20, 'k0', 'k10', -12, -76}
# expect: 124 8 None set()
# expect: 125 3 set() set()
# expect: 126 11 48 set()
# expect: 127 16 set() set()
# expect: 128 14 None set()
# expect: 129 12 [] set()
# expect: 130 12 [] set()
# expect: 131 9 None {'k12', 44, -80, 'k10', -76}
# expect: 132 12 [] set()
# expect: 133 13 None {88}
# expect: 134 16 {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', 56, 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', -72} {-64, 'k28', 68, 'k22', 8, 'k6', 20, 'k16', -72, 28, -96, 32, 36, 'k26', -28, -88, 'k10', 'k4', 56}
# expect: 135 16 {40} {40}
# expect: 136 3 set() set()
# expect: 137 7 None {56, 'k18', 'k8'}
# expect: 138 1 set() set()
# expect: 139 4 set() set()
# expect: 140 0 {64, 'k24', 'k28', -60, 'k6', -48, 16, 20, -44, 'k14', -100, 28, -36, -96, 'k12', 96, -92, 'k26', 'k2', 40, -24, -20, 44, 48, 'k10', -76, 'k4'} {64, 'k24', 'k28', -60, 'k6', -48, 20, 'k14', -100, 28, -96, 'k12', 96, -92, 'k26', 'k2', 40, -20, 44, 48, 'k10', -76, 'k4'}
# expect: 141 13 None {'k12'}
# expect: 142 0 {'k28', 4, 16, 'k8', 'k18', 'k14', -100, 28, -96, 36, 40, -84, 'k0', -80, 'k10', -76, 56, -72, -68, 60, -64, 'k24', 68, 'k22', -56, 76, -52, 'k6', 80, 'k16', 84, 88, 'k12', 96, 'k2', 'k26', -28, -24, -20, 'k4', -8} {'k28', 16, 'k8', 'k18', 'k14', -100, 36, 40, -84, 'k0', -80, -76, 56, -72, -68, 60, 'k24', 68, 'k22', -56, 76, 'k6', 'k16', 88, 'k12', 96, 'k2', 'k26', -28, -24, -20, 'k4', -8}
# expect: 143 11 k12 set()
# expect: 144 15 frozenset({'k28', 20, 'k14', -100, 28, -96, -92, 40, 44, 48, 'k10', -76, 64, 'k24', -60, 'k6', -48, 'k12', 96, 'k26', 'k2', -20, 'k4'}) {64, 'k24', 'k28', -60, 'k6', -48, 20, 'k14', -100, 28, -96, 'k12', 96, -92, 'k26', 'k2', 40, -20, 44, 48, 'k10', -76, 'k4'}
# expect: 145 5 set() set()
# expect: 146 16 set() set()
# expect: 147 16 {'k28', 16, 'k8', 'k18', 'k14', -100, 36, 40, -84, 'k0', -80, -76, 56, -72, -68, 60, 'k24', 68, 'k22', -56, 76, 'k6', 'k16', 88, 'k12', 96, 'k2', 'k26', -28, -24, -20, 'k4', -8} {'k28', 16, 'k8', 'k18', 'k14', -100, 36, 40, -84, 'k0', -80, -76, 56, -72, -68, 60, 'k24', 68, 'k22', -56, 76, 'k6', 'k16', 88, 'k12', 96, 'k2', 'k26', -28, -24, -20, 'k4', -8}
# expect: 148 0 set() set()
# expect: 149 12 [] set()
