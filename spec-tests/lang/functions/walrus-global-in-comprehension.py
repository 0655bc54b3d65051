def f():
    global g
    [(g := 7) for x in range(1)]
f()
print(g)    # expect: 7
x = 1
[(x := 2) for y in range(1)]
print(x)    # expect: 2
