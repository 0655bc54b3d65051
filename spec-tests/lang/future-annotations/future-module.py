import __future__
print(__future__.annotations, __future__.annotations.getOptionalRelease())    # expect: _Feature((3, 7, 0, 'beta', 1), None, 16777216) (3, 7, 0, 'beta', 1)
print(__future__.division.compiler_flag, __future__.all_feature_names[-1])    # expect: 131072 annotations
