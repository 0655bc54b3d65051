for i in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(i)])
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] == 1:
                break
            print(x)
print("done")
# expect: 0
# expect: 2
# expect: done
