# The `with` block a generator is suspended in is exited when it is freed.
class Manager:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, kind, value, tb):
        print('exit', kind.__name__)
        return False
def g():
    with Manager():
        yield 1
        yield 2
it = g()
print(next(it))
it = 0
print('done')

# expect: enter
# expect: 1
# expect: exit GeneratorExit
# expect: done
