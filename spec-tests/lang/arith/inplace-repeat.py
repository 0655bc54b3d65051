# x *= seq repeats the right operand only when x has no sequence table (an int, a float, None); a set, dict or range on the left is an unsupported *=.
def attempt(x, y):
    try:
        x *= y
        return x
    except TypeError as e:
        return str(e)
print(attempt(2, [1]), attempt(True, 'ab'))  # expect: [1, 1] ab
print(attempt({()}, [1]))  # expect: unsupported operand type(s) for *=: 'set' and 'list'
print(attempt({1: 2}, 'ab'))  # expect: unsupported operand type(s) for *=: 'dict' and 'str'
print(attempt(range(2), (1,)))  # expect: unsupported operand type(s) for *=: 'range' and 'tuple'
print(attempt(None, [1]))  # expect: can't multiply sequence by non-int of type 'NoneType'
print(attempt([1], 2.5))  # expect: can't multiply sequence by non-int of type 'float'
