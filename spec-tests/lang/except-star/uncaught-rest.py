# What no except* clause handles goes on as a group of the rest, with the
# original's message; uncaught, it is reported in boxes, and the harness
# reads the group's own line out of the outermost box.
def run():
    raise ExceptionGroup('many', [ValueError(1), TypeError(2), KeyError(3)])   # raises: ExceptionGroup: many (2 sub-exceptions)


try:
    run()
except* ValueError as handled:
    print('handled', repr(handled.exceptions))   # expect: handled (ValueError(1),)
