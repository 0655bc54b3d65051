class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin, name="first"):
    pass

class Beta(Plugin):
    pass

class Gamma(Beta, name="third"):
    pass

print(Plugin.registry)   # expect: ['first', 'beta', 'third']
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)   # expect: first beta third
print(hasattr(Plugin, "plugin_name"))   # expect: False
