class OnlyGetitem:
    def __getitem__(self, key):
        return key

def f(**kw):
    return kw

try:
    {**OnlyGetitem()}
except TypeError as e:
    print(e)   # expect: 'OnlyGetitem' object is not a mapping
class BadKeys:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        raise KeyError(key)   # raises: KeyError: 'k'

dict(BadKeys())
