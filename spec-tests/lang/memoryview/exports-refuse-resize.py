b = bytearray(b'abcd')
m = memoryview(b)
def attempt(name, f):
    try:
        f()
        print(name, 'ok', b)
    except BufferError as e:
        print(name, type(e).__name__, e)
def setslice(): b[0:1] = b'xy'
def delitem(): del b[0]
def delslice(): del b[::2]
def iadd():
    global b
    b += b'x'
def imul():
    global b
    b *= 2
attempt('append', lambda: b.append(1))
attempt('extend', lambda: b.extend(b'z'))
attempt('insert', lambda: b.insert(0, 1))
attempt('pop', lambda: b.pop())
attempt('remove', lambda: b.remove(97))
attempt('clear', lambda: b.clear())
attempt('setslice', setslice)
attempt('delitem', delitem)
attempt('delslice', delslice)
attempt('iadd', iadd)
attempt('imul', imul)
print(b, m.tobytes())

# expect: append BufferError Existing exports of data: object cannot be re-sized
# expect: extend BufferError Existing exports of data: object cannot be re-sized
# expect: insert BufferError Existing exports of data: object cannot be re-sized
# expect: pop BufferError Existing exports of data: object cannot be re-sized
# expect: remove BufferError Existing exports of data: object cannot be re-sized
# expect: clear BufferError Existing exports of data: object cannot be re-sized
# expect: setslice BufferError Existing exports of data: object cannot be re-sized
# expect: delitem BufferError Existing exports of data: object cannot be re-sized
# expect: delslice BufferError Existing exports of data: object cannot be re-sized
# expect: iadd BufferError Existing exports of data: object cannot be re-sized
# expect: imul BufferError Existing exports of data: object cannot be re-sized
# expect: bytearray(b'abcd') b'abcd'
