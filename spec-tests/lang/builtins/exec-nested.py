# exec inside exec'd code.
g = {}
exec('exec("w = 5")', g)
print(g['w'])
print(eval('eval("6 * 7")'))
# expect: 5
# expect: 42
