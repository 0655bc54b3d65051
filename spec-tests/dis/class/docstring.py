class A:
    """The docstring."""
class B:
    "doc"
    x = 1
class C:
    x = 1
    "not a docstring"
