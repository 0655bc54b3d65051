cases = [
    ("1 +", "exec"),

    ("  x = 1", "exec"),
    ("x = (1,", "eval"),
    ("return 5", "exec"),
    ("yield 1", "exec"),
    ("a = 1", "eval"),
    ("f(**x, *y)", "eval"),
    ("break", "exec"),
    ("nonlocal q", "exec"),
]
for source, mode in cases:
    try:
        compile(source, "<case>", mode)
        print("compiled", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
for args in [("x",), ("x", "f"), ("x", "f", "exec", 0, False, -1, 5, 6)]:
    try:
        compile(*args)
    except TypeError as e:
        print("TypeError", e)

# expect: SyntaxError invalid syntax 1 4 <case>
# expect: IndentationError unexpected indent 1 2 <case>
# expect: SyntaxError invalid syntax 1 3 <case>
# expect: SyntaxError 'return' outside function 1 1 <case>
# expect: SyntaxError 'yield' outside function 1 1 <case>
# expect: SyntaxError invalid syntax 1 3 <case>
# expect: SyntaxError iterable argument unpacking follows keyword argument unpacking 1 8 <case>
# expect: SyntaxError 'break' outside loop 1 1 <case>
# expect: SyntaxError nonlocal declaration not allowed at module level 1 1 <case>
# expect: TypeError compile() missing required argument 'filename' (pos 2)
# expect: TypeError compile() missing required argument 'mode' (pos 3)
# expect: TypeError compile() takes at most 7 arguments (8 given)
