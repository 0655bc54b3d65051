class A:
    import __mod
    import __pkg.sub
    import __pkg.sub as __alias
    from __pkg import __name1, x as __name2
    from . import __rel
