def not_a_type(): pass
try:
    match 1:
        case not_a_type(): pass
except TypeError as e:
    print(e)
# expect: called match pattern must be a type
