a = 1
b = 1
for i in range(5000):
    a, b = b, a + b
print(len(str(a)))
