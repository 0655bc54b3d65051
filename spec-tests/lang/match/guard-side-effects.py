calls = []
def g(v):
    calls.append(v)
    return v == 3
for v in [1, 3]:
    match v:
        case n if g(n): print("matched", n)
        case _: pass
print(calls)
# expect: matched 3
# expect: [1, 3]
