import sys
if sys.version_info > (3,):
    class A:
        pass
else:
    class A(object):
        pass
try:
    class B(Missing):
        pass
except NameError:
    class B:
        pass
for i in range(2):
    class C:
        n = i
while False:
    class D: pass
