from __future__ import annotations
x: [x for x in y if x if not x] + {k: v for k, v in z}
print(__annotations__)    # expect: {'x': '[x for x in y if x if not x] + {k: v for k, v in z}'}
