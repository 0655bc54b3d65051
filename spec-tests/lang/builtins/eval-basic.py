# eval of an expression returns its value; names come from the caller.
x = 5
print(eval('1 + 2'), eval('x * 2'))
print(eval(' \t[x, x]'))
# expect: 3 10
# expect: [5, 5]
