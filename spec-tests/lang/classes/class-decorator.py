registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Plugin:
    pass
print(list(registry), registry["Plugin"] is Plugin)   # expect: ['Plugin'] True
