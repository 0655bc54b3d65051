class A:
    x = "A.x"

class B(A):
    x = "B.x"
    def show(self):
        s = super()
        print(s.x)
        print(s.__thisclass__.__name__)
        print(s.__self__ is self)
        print(s.__self_class__.__name__)

# expect: A.x
# expect: B
# expect: True
# expect: B
B().show()
