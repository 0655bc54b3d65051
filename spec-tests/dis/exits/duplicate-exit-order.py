# Several jumps reach the implicit `return None`: each gets its own copy,
# laid out in the order the jumping blocks were created.
def f(self):
    if self.size_read == self.chunksize and \
       self.align and \
       (self.chunksize & 1):
        dummy = 1


def g(a, b, c):
    if a:
        if b:
            if c:
                print(a)
