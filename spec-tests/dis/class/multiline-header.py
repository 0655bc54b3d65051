class A(
    object,
    # comment
    metaclass=type
):

    x = (
        1
    )


    def f(
        self,
    ):
        return (
            self
        )
