try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    pass
try:
    e
except NameError as err:
    print(err)
# expect: name 'e' is not defined
