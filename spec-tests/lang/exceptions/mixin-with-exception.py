class Mixin:
    def describe(self):
        return "mixin " + str(self)

class First(Mixin, Exception):
    pass

class Second(Exception, Mixin):
    pass

try:
    raise First("m")
except Exception as e:
    print(e.describe(), e.args)   # expect: mixin m ('m',)
print(Second("x").describe())   # expect: mixin x
print([c.__name__ for c in First.__mro__], [c.__name__ for c in Second.__mro__])   # expect: ['First', 'Mixin', 'Exception', 'BaseException', 'object'] ['Second', 'Exception', 'BaseException', 'Mixin', 'object']
