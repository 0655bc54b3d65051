# Abandoned generator expressions and generators suspended outside any
# handler have nothing to run when freed.
gen = (i * i for i in range(10))
print(next(gen))
gen = None
def plain():
    yield 1
    yield 2
p = plain()
print(next(p))
p = None
print('nothing else printed')

# expect: 0
# expect: 1
# expect: nothing else printed
