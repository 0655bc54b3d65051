z, w = complex(1, 2), complex(-1.5, -0.0)
print(format(z, '10'), format(w, '.2f'), format(complex(0, 3), '+.3'))  # expect:     (1+2j) -1.50-0.00j +3j
print(format(z, '+.3'), format(w, ' '), format(z, '*^20g'))  # expect: (+1+2j) (-1.5-0j) ********1+2j********
print(format(complex(-0.0, 1e20), ',.1f'), format(z, 'E'))  # expect: -0.0+100,000,000,000,000,000,000.0j 1.000000E+00+2.000000E+00j
print(f'{z!r:>12}|{z:^12}|', '{:e}'.format(z), '%s|%r' % (z, w))  # expect:       (1+2j)|   (1+2j)   | 1.000000e+00+2.000000e+00j (1+2j)|(-1.5-0j)
print(format(z, 'n'), format(complex(0, 3), 'g'), format(z, ''))  # expect: 1+2j 0+3j (1+2j)
