# compile's three modes give code objects.
for mode in ['exec', 'eval', 'single']:
    c = compile('1', 'f', mode)
    print(mode, type(c).__name__)
# expect: exec code
# expect: eval code
# expect: single code
compile('1', 'f', 'bad')    # raises: ValueError: compile() mode must be 'exec', 'eval' or 'single'
