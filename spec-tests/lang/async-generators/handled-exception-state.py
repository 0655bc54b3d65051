# An except block suspended at a yield finds its exception again when
# the generator resumes, whatever the caller handled meanwhile.
import sys

async def inside_except():
    try:
        raise KeyError("in generator")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

def item(agen):
    try:
        agen.__anext__().send(None)
    except StopIteration as e:
        return e.value

g = inside_except()
print(item(g))
try:
    raise ValueError("in caller")
except ValueError:
    print(item(g))
print(item(g))

# expect: KeyError('in generator')
# expect: KeyError('in generator')
# expect: None
