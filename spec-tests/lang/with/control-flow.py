log = []
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        log.append("enter " + self.tag)
    def __exit__(self, *a):
        log.append("exit " + self.tag)

def ret():
    with CM("r"):
        return "returned"
print(ret(), log)
log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print(log)
log.clear()
def nested_return():
    with CM("outer"):
        with CM("inner"):
            return log[:]
print(nested_return(), log)
log.clear()
def in_try():
    try:
        with CM("t"):
            raise KeyError
    except KeyError:
        log.append("handled")
    finally:
        log.append("finally")
in_try()
print(log)
log.clear()
while True:
    with CM("w"):
        break
print(log)
def gen():
    with CM("g"):
        yield 1
        yield 2
print(list(gen()), log)

# expect: returned ['enter r', 'exit r']
# expect: ['enter 0', 'exit 0', 'enter 1', 'exit 1']
# expect: ['enter outer', 'enter inner'] ['enter outer', 'enter inner', 'exit inner', 'exit outer']
# expect: ['enter t', 'exit t', 'handled', 'finally']
# expect: ['enter w', 'exit w']
# expect: [1, 2] ['enter w', 'exit w', 'enter g', 'exit g']
