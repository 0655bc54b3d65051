print(1j, -1j, 1 + 2j, (2j) ** 2, 3.5J - 1, 0j, -0j)  # expect: 1j (-0-1j) (1+2j) (-4+0j) (-1+3.5j) 0j (-0-0j)
print(1j * 1j, abs(3 + 4j), (1 + 2j) == complex(1, 2), 1e400j)  # expect: (-1+0j) 5.0 True infj
print(complex(1j, 1j), (1 + 2j).conjugate(), 2j.imag)  # expect: (-1+1j) (1-2j) 2.0
