class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
def chain():
    try:
        try:
            raise A("a")
        except A:
            raise B("b")
    except B:
        raise C("c")
try:
    chain()
except C as e:
    links = []
    cur = e
    while cur is not None:
        links.append(repr(cur))
        cur = cur.__context__
    print(links)   # expect: ["C('c')", "B('b')", "A('a')"]
def swallow():
    try:
        raise A("lost")
    finally:
        return "finally wins"
print(swallow())   # expect: finally wins
def in_else():
    try:
        pass
    except A:
        print("no")
    else:
        raise B("from else")
try:
    in_else()
except B as e:
    print(repr(e), e.__context__)   # expect: B('from else') None
def handler_raises_same():
    try:
        raise A("first")
    except A as e:
        raise e
try:
    handler_raises_same()
except A as e:
    print(repr(e), e.__context__)   # expect: A('first') None
results = []
for i in range(3):
    try:
        raise A(i)
    except A as e:
        results.append(e.args[0])
    finally:
        results.append("f")
print(results)   # expect: [0, 'f', 1, 'f', 2, 'f']
def cause_chain():
    err = None
    for i in range(3):
        try:
            raise B(i) from err
        except B as e:
            err = e
    return err
e = cause_chain()
print(e, e.__cause__, e.__cause__.__cause__, e.__cause__.__cause__.__cause__)   # expect: 2 1 0 None
