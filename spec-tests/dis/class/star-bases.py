bases = (object,)
class A(*bases): pass
class B(int, *bases): pass
class C(*bases, int): pass
class D(*bases, *bases): pass
