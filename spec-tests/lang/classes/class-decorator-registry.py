registry = {}

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

@register("alpha")
class Alpha:
    pass

@register("beta")
@register("also-beta")
class Beta:
    pass

print(sorted(registry))   # expect: ['alpha', 'also-beta', 'beta']
print(Alpha.registered_as, Beta.registered_as)   # expect: alpha beta
print(registry["also-beta"] is Beta)   # expect: True
