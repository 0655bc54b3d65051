print('\ud800' < '\ue000', '\ud800' > '\ud7ff')    # expect: True True
print('\udfff' < '\U00010000')    # expect: True
print(sorted(['\ue000', '\ud800', 'z', '\ud7ff', '\U00010000']) == ['z', '\ud7ff', '\ud800', '\ue000', '\U00010000'])    # expect: True
print(max('a\ud800', 'a\ufffd') == 'a\ufffd')    # expect: True
