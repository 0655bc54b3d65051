x = 1if 1else 2
print(x)          # expect: 1
print(2**-1)      # expect: 0.5
print([0x_ff, 0o17, 0b101, 1_000])  # expect: [255, 15, 5, 1000]
