class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)))   # expect: True False
print(isinstance(b, (C, (int, (B,)))))   # expect: True
print(isinstance(b, ()))   # expect: False
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(B, B))   # expect: True False True
print(issubclass(bool, (str, int)), isinstance(True, (A, int)))   # expect: True True
print(isinstance(A, type), isinstance(A, object), issubclass(type, object))   # expect: True True True
