import array, weakref
a = array.array('i', [1, 2, 3])
m = memoryview(a)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a.append(4))
show(lambda: a.extend([4]))
show(lambda: a.pop())
show(lambda: a.insert(0, 1))
show(lambda: a.remove(1))
show(lambda: a.frombytes(b'\x00' * 4))
show(lambda: a.fromlist([1]))
show(lambda: a.__delitem__(0))
show(lambda: a.__setitem__(slice(0, 1), array.array('i', [7, 8])))
show(lambda: a.__setitem__(slice(0, 1), array.array('i', [7])))
def grow(other, n):
    global a
    a += other
    a *= n
    return a
show(lambda: grow(array.array('i'), 1))
show(lambda: grow(array.array('i', [1]), 1))
show(lambda: grow(array.array('i'), 2))
a[1] = 20
a.reverse()
a.byteswap()
a.byteswap()
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(a) as v:
    show(lambda: a.pop())
print(a.pop(), len(a))
r = weakref.ref(a)
print(r() is a)
del a
print(r())

# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: None
# expect: array('i', [7, 2, 3])
# expect: BufferError cannot resize an array that is exporting buffers
# expect: BufferError cannot resize an array that is exporting buffers
# expect: array('i', [3, 20, 7]) [3, 20, 7]
# expect: array('i', [3, 20, 7, 4])
# expect: BufferError cannot resize an array that is exporting buffers
# expect: 4 3
# expect: True
# expect: None
