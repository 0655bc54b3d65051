print(format(complex(1, 2), '#'), format(complex(1.5, 1e16), '#'), format(complex(0, 3), '#10'))  # expect: (1.+2.j) (1.5+1.e+16j)        3.j
print(format(complex(-0.0, 2.5e-7), '#'), format(complex(1, 2), '#.0f'))  # expect: (-0.+2.5e-07j) 1.+2.j
