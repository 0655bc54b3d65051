class A: x = 1; y = 2
class B(A): "doc"; z = 3
class C: pass; pass
