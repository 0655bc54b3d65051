class P:
    __match_args__ = ("x",)
    x = 1
try:
    match P():
        case P(a, x=b): pass
except TypeError as e:
    print(e)
# expect: P() got multiple sub-patterns for attribute 'x'
