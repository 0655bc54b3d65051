def task(name, n):
    for i in range(n):
        print(name, i)
        yield

def run(*tasks):
    tasks = list(tasks)
    while tasks:
        t = tasks.pop(0)
        try:
            next(t)
            tasks.append(t)
        except StopIteration:
            print("finished")

run(task("a", 2), task("b", 3))
def accumulate():
    total = 0
    while True:
        total += yield total
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))

# expect: a 0
# expect: b 0
# expect: a 1
# expect: b 1
# expect: finished
# expect: b 2
# expect: finished
# expect: 1
# expect: 3
# expect: 6
