def show(c, depth=0):
    print(' ' * depth, c.co_name, "".join("%02x" % b for b in c.co_code), c.co_names, [k for k in c.co_consts if not hasattr(k, 'co_code')], c.co_flags, c.co_stacksize)
    for k in c.co_consts:
        if hasattr(k, 'co_code'):
            show(k, depth + 1)
for src in ['1 + 1', 'x = 1', 'None', '"doc"', 'if x:\n    y\n    "doc"\n    def f():\n        3\n    class C:\n        5\n', 'for i in range(2): i\n', 'x: int = 5', 'lambda: 1', '[i for i in x]', '@d\ndef g(): pass\n', 'try:\n    a\nexcept E:\n    b\n']:
    show(compile(src, 'p', 'single'))
for bad in ['x = 1\ny = 2', '\n', 'def f():\n  1\nx']:
    try:
        compile(bad, 'p', 'single'); print('ok', repr(bad))
    except SyntaxError as e:
        print(type(e).__name__, e)

# expect:  <module> 97006400460064015300 () [2, None] 0 1
# expect:  <module> 970064005a0064015300 ('x',) [1, None] 0 1
# expect:  <module> 97006400460064005300 () [None] 0 1
# expect:  <module> 97006400460064015300 () ['doc', None] 0 1
# expect:  <module> 9700650072166501460064004600640184005a0202004700640284006403a6020000ab0200000000000000005a036404530064045300 ('x', 'y', 'f', 'C') ['doc', 'C', None] 0 4
# expect:   f 970064005300 () [None] 3 1
# expect:   C 970065005a0164005a0264015300 ('__name__', '__module__', '__qualname__') ['C', None] 0 1
# expect:  <module> 9700020065006400a6010000ab01000000000000000044005d045a01650146008c0564015300 ('range', 'i') [2, None] 0 3
# expect:  <module> 9700550064005a006501650264013c00000064025300 ('x', 'int', '__annotations__') [5, 'x', None] 0 3
# expect:  <module> 970064008400460064015300 () [None] 0 1
# expect:   <lambda> 970064015300 () [None, 1] 3 1
# expect:  <module> 97006400840065004400a6000000ab000000000000000000460064015300 ('x',) [None] 0 2
# expect:   <listcomp> 970067007c005d047d017c0191028c055300 () [] 3 3
# expect:  <module> 9700650064008400a6000000ab0000000000000000005a0164015300 ('d', 'g') [None] 0 2
# expect:   g 970064005300 () [None] 3 1
# expect:  <module> 97000900650046006400530023006501240072060100650246005900640053007700780359007701 ('a', 'E', 'b') [None] 0 4
# expect: SyntaxError multiple statements found while compiling a single statement (p, line 1)
# expect: SyntaxError invalid syntax (p, line 1)
# expect: SyntaxError invalid syntax (p, line 3)
