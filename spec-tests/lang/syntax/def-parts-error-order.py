# The symbol table walks a def's defaults before its decorators, so of two
# errors of its own, the one in the defaults is reported.
src = "@[(y := 1) for x in (z := [])]\ndef f(a=[(w := 2) for q in (v := [])]): pass\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)

# expect: assignment expression cannot be used in a comprehension iterable expression 2
