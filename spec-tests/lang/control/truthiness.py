for v in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), None, True, False, 2 ** 100]:
    if v:
        print('true')
    else:
        print('false')
# expect: false
# expect: true
# expect: true
# expect: false
# expect: true
# expect: false
# expect: true
# expect: false
# expect: true
# expect: false
# expect: true
# expect: false
# expect: true
# expect: false
# expect: true
