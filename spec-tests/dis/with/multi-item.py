# Several items, with and without `as`, a tuple target and the
# parenthesised form spread over lines.
with a as x, b as (y, z), c:
    print(x, y, z)
with (
    open(1) as f,
    open(
      2) as g,
):
    pass
with (d, e,):
    x = 1
y = 2
