# set.pop() resumes from a finger that stays with the set through &= and intersection_update (CPython swaps tables, not fingers); a difference update that leaves over a quarter of the table dummies rebuilds it.
s = {128, 98, 287, 228, 292, 39, 167, 138, 147, 19, 282, 61, 63}
s = s & set(range(210, 999))
s = s ^ {215}
s.pop()
s -= {278, 128}
s.intersection_update(range(111, 300))
s |= {98, 11}
s ^= {220, 8}
print(s.pop(), list(s))  # expect: 215 [98, 292, 8, 282, 11, 220, 287]
v = {'+7', (1, 2), 3, -58}
v.pop()
v.pop()
v -= {1.8187026392142557e65}
v ^= {(1, 2)}
print(v)  # expect: {3, (1, 2), -58}
