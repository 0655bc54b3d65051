# list.sort is CPython's timsort: with NaNs in the data the result depends on
# exactly which pairs are compared, so it only agrees with CPython if every
# comparison is the same. A fixed generator makes the same data on both sides.
nan = float('nan')
state = 2024
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
def make(n, nan_rate, spread, runny):
    xs = []
    for i in range(n):
        if rand(100) < nan_rate:
            xs.append(nan)
        elif runny and rand(4) != 0 and xs and xs[-1] == xs[-1]:
            xs.append(xs[-1] + rand(3) - 1)
        else:
            xs.append(rand(spread) * 1.0)
    return xs
def digest(ys):
    h = 0
    for v in ys:
        h = (h * 1000003 + (0 if v != v else int(v) + 2)) % 2305843009213693951
    return h
for trial in range(40):
    n = rand(4) and rand(1500) or rand(70)
    xs = make(n, rand(40), rand(300) + 1, rand(2))
    how = rand(3)
    if how == 0:
        ys = sorted(xs)
    elif how == 1:
        ys = sorted(xs, reverse=True)
    else:
        ys = list(xs)
        ys.sort(key=lambda v: -v)
    print(trial, n, how, digest(ys))
# expect: 0 922 0 735154106265624620
# expect: 1 214 0 333462568373170622
# expect: 2 370 2 798736921211530417
# expect: 3 492 1 1326705026372771992
# expect: 4 890 2 1043728188926428614
# expect: 5 280 2 2174286479255229665
# expect: 6 996 1 152482115469152444
# expect: 7 760 1 1443198661884865197
# expect: 8 1088 1 1171561878662623469
# expect: 9 1212 1 2092745021074515854
# expect: 10 100 2 318695715419434109
# expect: 11 410 2 1216952370452638430
# expect: 12 774 1 165535475262150130
# expect: 13 628 0 773340876153527506
# expect: 14 576 0 1804003854039815382
# expect: 15 1272 1 1122799297267913992
# expect: 16 1400 1 669994426008157811
# expect: 17 1264 2 657316288125341899
# expect: 18 1312 2 871834475465066794
# expect: 19 1208 1 1475477716253072051
# expect: 20 356 1 763935521816095721
# expect: 21 204 2 212919094639346255
# expect: 22 484 2 1699214166131492867
# expect: 23 1414 2 48382142540685731
# expect: 24 1212 2 2149836253390199147
# expect: 25 1130 0 1673808097685526696
# expect: 26 360 0 1479527530220982287
# expect: 27 1402 1 493461782413456982
# expect: 28 1354 1 295933254578894968
# expect: 29 308 2 299245332965450117
# expect: 30 962 2 1220891950388864492
# expect: 31 1320 0 2069871996792909917
# expect: 32 644 1 884117398004304318
# expect: 33 418 1 711672934333760621
# expect: 34 352 0 873886422025159167
# expect: 35 1232 2 2047419583679571219
# expect: 36 1178 1 64380924445963872
# expect: 37 798 0 1292742098004627935
# expect: 38 1170 0 679424278347512315
# expect: 39 98 0 1655956322379759492
