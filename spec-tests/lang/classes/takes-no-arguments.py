class A: pass
A(1)   # raises: TypeError: A() takes no arguments
