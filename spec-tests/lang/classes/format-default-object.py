class A:
    def __str__(self):
        return "an A"

print(format(A()), f"{A()}", "{}".format(A()))   # expect: an A an A an A
print(f"{A()!r}".startswith("<__main__.A"))   # expect: True
format(A(), "10")   # raises: TypeError: unsupported format string passed to A.__format__
