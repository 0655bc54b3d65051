class ReadOnly:
    def __getitem__(self, i):
        return i

del ReadOnly()[0]   # raises: TypeError: 'ReadOnly' object doesn't support item deletion
