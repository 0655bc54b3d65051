def f(s):
    match (s,
           1):
        case (
            [a,
             b],
            1
        ) if (a >
              b):
            return {
                'a': a,
            }
        case ({"k":
                 v,
               **rest},
              _):
            return rest
        case (Point(x=0,
                    y=y),
              _):
            return y
