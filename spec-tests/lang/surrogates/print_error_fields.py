show = print
try:
    show('ab\ud800\ud801c')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))    # expect: utf-8 2 4 surrogates not allowed 'ab\ud800\ud801c'
    print(e)    # expect: 'utf-8' codec can't encode characters in position 2-3: surrogates not allowed
