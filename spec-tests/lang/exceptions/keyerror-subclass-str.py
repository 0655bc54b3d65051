class Missing(KeyError):
    pass

print(str(Missing("k")))   # expect: 'k'
print(str(Missing("k", "v")))   # expect: ('k', 'v')
print(str(Missing()))   # expect: 
raise Missing("the key")   # raises: Missing: 'the key'
