eg = ExceptionGroup("eg", [ValueError(1)])
m, r = eg.split(ExceptionGroup)
print(m is eg, r)
m, r = eg.split(Exception)
print(m is eg, r)
print(eg.split(OSError)[1] is eg)
# expect: True None
# expect: True None
# expect: False
