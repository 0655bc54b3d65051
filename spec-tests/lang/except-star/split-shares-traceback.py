def g():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except BaseException as caught: eg = caught
    m, r = eg.split(KeyError)
    print(m, r.__traceback__ is eg.__traceback__)
    m, r = eg.split(ValueError)
    print(m.__traceback__ is eg.__traceback__, r.__traceback__ is eg.__traceback__)
    s = eg.subgroup(TypeError)
    print(s.__traceback__ is eg.__traceback__, s.__traceback__.tb_lineno)
    try:
        raise s
    except ExceptionGroup as e:
        print(e.__traceback__ is eg.__traceback__, e.__traceback__.tb_next is eg.__traceback__)
    print(eg.__traceback__.tb_next, s.__traceback__ is eg.__traceback__)
def h():
    eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    m, r = eg.split(ValueError)
    print(m.__traceback__, r.__traceback__)
def k():
    try:
        try:
            raise ValueError('naked')
        except* ValueError as e:
            print(e.__traceback__ is e.exceptions[0].__traceback__)
            raise
    except ExceptionGroup as outer:
        print(type(outer).__name__)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        t = e.__traceback__
    except* TypeError as e:
        print(e.__traceback__ is t)
g(); h(); k()
def n():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print(e.__traceback__, e.exceptions[0].__traceback__.tb_lineno)
n()

# expect: None True
# expect: True True
# expect: True 3
# expect: False True
# expect: None False
# expect: None None
# expect: False
# expect: ExceptionGroup
# expect: True
# expect: None 38
