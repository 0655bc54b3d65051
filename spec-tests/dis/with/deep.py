# Twenty nested withs (the compiler's limit) in a function, with the
# return at the bottom unwinding all of them.
def f(a):
    with a:
     with a:
      with a:
       with a:
        with a:
         with a:
          with a:
           with a:
            with a:
             with a:
              with a:
               with a:
                with a:
                 with a:
                  with a:
                   with a:
                    with a:
                     with a:
                      with a:
                       with a:
                        return a
