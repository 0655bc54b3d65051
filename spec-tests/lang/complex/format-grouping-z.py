print(format(complex(123456.789, 1e16), ','), format(complex(-0.0, 123456.789), '_'))  # expect: (123,456.789+1e+16j) (-0+123_456.789j)
print(format(complex(-0.0, 1.0), 'z'), format(complex(1.0, -0.0), 'z'), format(complex(-0.0, -0.0), 'z.1f'))  # expect: (0+1j) (1+0j) 0.0+0.0j
