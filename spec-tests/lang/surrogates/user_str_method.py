# A class whose __str__ returns a str with a surrogate: str(), %s, the
# empty spec and !s give that str as it is.
class P:
    def __str__(self):
        return 'p\udcff'
p = P()
print(ascii(str(p)), ascii('%s' % p), ascii(f'{p}'), ascii(format(p)), ascii('{!s}'.format(p)))
class F:
    def __format__(self, spec):
        return '[' + spec + '\ud800]'
print(ascii(format(F(), '\udc00')), ascii(f'{F():x\udc00}'), ascii('{:\udfff}'.format(F())))

# expect: 'p\udcff' 'p\udcff' 'p\udcff' 'p\udcff' 'p\udcff'
# expect: '[\udc00\ud800]' '[x\udc00\ud800]' '[\udfff\ud800]'
