match iter([1, 2]):
    case [a, b]: print("sequence")
    case _: print("an iterator is not a sequence")
match set([1]):
    case [a]: print("set is a sequence?")
    case _: print("a set is not a sequence")
# expect: an iterator is not a sequence
# expect: a set is not a sequence
