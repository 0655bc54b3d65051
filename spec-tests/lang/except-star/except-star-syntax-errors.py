srcs = [
    "for x in y:\n    try: pass\n    except* E: break\n",
    "for x in y:\n    try: pass\n    except* E: continue\n",
    "def f():\n    try: pass\n    except* E: return\n",
    "try: pass\nexcept* E: pass\nexcept F: pass\n",
    "try: pass\nexcept*: pass\n",
    "try: pass\nexcept* E:\n    for x in y: break\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block 3
# expect: 'break', 'continue' and 'return' cannot appear in an except* block 3
# expect: 'break', 'continue' and 'return' cannot appear in an except* block 3
# expect: cannot have both 'except' and 'except*' on the same 'try' 3
# expect: expected one or more exception types 2
# expect: ok
