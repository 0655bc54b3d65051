class Done(StopIteration):
    pass

e = Done("result")
print(e.value, e.args)   # expect: result ('result',)
print(StopIteration().value)   # expect: None
