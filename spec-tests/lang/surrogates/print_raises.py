print('before')    # expect: before
print('\ud800')    # raises: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
