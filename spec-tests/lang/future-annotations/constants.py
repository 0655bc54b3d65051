from __future__ import annotations
x: (None, True, 1e400, 2j, 1e400j, ..., b"\x00", u"uni")
print(__annotations__)    # expect: {'x': "(None, True, 1e309, 2j, 1e309j, ..., b'\\x00', u'uni')"}
