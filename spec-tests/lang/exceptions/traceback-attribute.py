class E(Exception):
    pass

e = E("fresh")
print(e.__traceback__)   # expect: None
try:
    raise e
except E as caught:
    print(caught.__traceback__ is not None)   # expect: True
    print(caught is e)   # expect: True
    print(caught.__traceback__.tb_lineno)   # expect: 7
