async def g(tasks):
    try:
        await tasks()
    except* KeyError:
        raise
    except* OSError as e:
        raise ValueError(e) from None
    else:
        return 1
