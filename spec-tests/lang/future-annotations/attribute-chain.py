from __future__ import annotations
x: typing.Optional[collections.abc.Mapping[str, "Node"]]
print(__annotations__)    # expect: {'x': "typing.Optional[collections.abc.Mapping[str, 'Node']]"}
