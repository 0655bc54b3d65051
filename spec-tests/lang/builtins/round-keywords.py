# round() takes its arguments by keyword too, and ndigits=None is the same
# as no ndigits: a class's __round__ is then called with no argument.
print(round(number=2.5), round(number=2.5, ndigits=None), round(3.14159, ndigits=2))
print(round(number=7, ndigits=-1), round(15, None))
class Rd:
    def __round__(self, *a):
        return a
print(round(Rd(), None), round(Rd()), round(Rd(), 3), round(Rd(), ndigits=None))
try:
    round()
except TypeError as e:
    print(e)
try:
    round(ndigits=2)
except TypeError as e:
    print(e)
try:
    round(1.5, 2, 3)
except TypeError as e:
    print(e)

# expect: 2 2 3.14
# expect: 10 15
# expect: () () (3,) ()
# expect: round() missing required argument 'number' (pos 1)
# expect: round() missing required argument 'number' (pos 1)
# expect: round() takes at most 2 arguments (3 given)
