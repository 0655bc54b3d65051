def f():
    for i in y:
        while x:
            for i in y:
                while x:
                    for i in y:
                        while x:
                            for i in y:
                                while x:
                                    for i in y:
                                        while x:
                                            for i in y:
                                                while x:
                                                    for i in y:
                                                        while x:
                                                            for i in y:
                                                                while x:
                                                                    for i in y:
                                                                        while x:
                                                                            for i in y:
                                                                                while x:
                                                                                    try:    # raises: SyntaxError: too many statically nested blocks
                                                                                        pass
                                                                                    finally:
                                                                                        pass
