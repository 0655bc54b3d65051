# count() takes any number, complex included (PyNumber_Check).
import itertools as it
from fractions import Fraction
from decimal import Decimal
c = it.count(3.25 - 4j)
print(c, next(c), next(c), c)
c = it.count(1, 1j)
print(c, [next(c) for _ in range(3)])
print(list(it.islice(it.count(Fraction(1, 2), Fraction(1, 3)), 3)))
print(list(it.islice(it.count(Decimal('1.1'), Decimal('0.1')), 3)))
print(it.count(1j).__reduce__()[1])
for bad in ['a', [1], None]:
    try:
        it.count(bad)
    except TypeError as e:
        print(e)
try:
    it.count(1, 'x')
except TypeError as e:
    print(e)

# expect: count((5.25-4j)) (3.25-4j) (4.25-4j) count((5.25-4j))
# expect: count((1+3j), 1j) [1, (1+1j), (1+2j)]
# expect: [Fraction(1, 2), Fraction(5, 6), Fraction(7, 6)]
# expect: [Decimal('1.1'), Decimal('1.2'), Decimal('1.3')]
# expect: (1j, 1)
# expect: a number is required
# expect: a number is required
# expect: a number is required
# expect: a number is required
