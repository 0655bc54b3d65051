# The constants and module attributes the builtins namespace holds.
import builtins
print(getattr(builtins, 'True'), getattr(builtins, 'None'), getattr(builtins, '__debug__'))
print(builtins.__name__, repr(builtins.__package__), type(builtins.__doc__).__name__)
print(__debug__)
# expect: True None True
# expect: builtins '' str
# expect: True
