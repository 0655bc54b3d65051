match = [1, 2]
case = 3
print(match, case)
match match:
    case [case_, _]: print("soft keywords", case_)
# expect: [1, 2] 3
# expect: soft keywords 1
