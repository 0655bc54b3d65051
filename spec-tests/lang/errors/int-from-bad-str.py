print(int('12'))   # expect: 12
int('twelve')      # raises: ValueError: invalid literal for int() with base 10: 'twelve'
