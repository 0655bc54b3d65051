class NotThisOne(KeyError):
    pass

try:
    {}["k"]
except NotThisOne:
    print("wrong")
except KeyError as k:
    print("matched KeyError", repr(k))   # expect: matched KeyError KeyError('k')
try:
    raise NotThisOne("mine")
except (ValueError, KeyError) as k:
    print("tuple matched", type(k).__name__)   # expect: tuple matched NotThisOne
