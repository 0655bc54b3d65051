class A:
    __slots__ = ('__x', '_y')
    __doc__ = "explicit"
    __module__ = "mod"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
    def __getattr__(self, name):
        return name.__len__()
