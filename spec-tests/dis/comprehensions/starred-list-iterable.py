for i in [*range(2)]:
    pass
d = {i: i for i in [*range(4)]}
for j in [1, *"ab"]: pass
for k in [1, 2]: pass
