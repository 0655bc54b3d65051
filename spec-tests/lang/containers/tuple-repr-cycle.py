# A one-element tuple inside a cycle prints as (...) where it recurs, like
# any other tuple (Py_ReprEnter in tuplerepr).
t = ([],)
t[0].append(t)
print(t)  # expect: ([(...)],)
print(t[0])  # expect: [([...],)]
u = ([], 2)
u[0].append(u)
print(u)  # expect: ([(...)], 2)
