print("before")   # expect: before

# expect: in body
# expect: loop 0
# expect: loop 1
class A:
    print("in body")
    for i in range(2):
        print("loop", i)
    del i

print("after", hasattr(A, "i"))   # expect: after False
