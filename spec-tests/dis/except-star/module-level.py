try:
    import os
except* ImportError as e:
    os = None
except* (OSError, ValueError):
    pass
