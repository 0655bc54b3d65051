# compile's modes give code objects ('single' is refused by lython until the
# interactive prompt comes: appendix B).
for mode in ['exec', 'eval']:
    c = compile('1', 'f', mode)
    print(mode, type(c).__name__)
# expect: exec code
# expect: eval code
compile('1', 'f', 'bad')    # raises: ValueError: compile() mode must be 'exec', 'eval' or 'single'
