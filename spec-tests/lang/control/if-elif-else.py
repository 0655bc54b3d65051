def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'

print(classify(-5))   # expect: negative
print(classify(0))    # expect: zero
print(classify(7))    # expect: small
print(classify(2 ** 70))  # expect: large
x = 3
if x > 1:
    print('big')      # expect: big
if x > 5:
    print('never')
else:
    print('else')     # expect: else
