def g():
    print("body starts")
    yield 1
    print("after first")
    yield 2
    print("end")

it = g()
print("created")
print(next(it))
print(next(it))
print(list(it))
print(list(it))

# expect: created
# expect: body starts
# expect: 1
# expect: after first
# expect: 2
# expect: end
# expect: []
# expect: []
