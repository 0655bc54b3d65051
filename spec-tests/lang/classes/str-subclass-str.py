# A str subclass's own __str__: print(), str(), '%s' and an empty format
# spec call it (format_obj); a non-empty spec formats the text itself.
class S(str):
    def __str__(self):
        return 'OVR'
print(S('p'))  # expect: OVR
print('%s' % S('x'), f'{S("x")}', str(S('x')), format(S('x')), '{}'.format(S('x')), '%r' % S('x'))  # expect: OVR OVR OVR OVR OVR 'x'
print(format(S('x'), '>3'), f'{S("y"):<2}|', '{:>2}'.format(S('z')), '%5s' % S('q'))  # expect:   x y |  z   OVR
class S2(str):
    def __repr__(self):
        return 'REPR'
print('%r' % S2('x'), repr([S2('y')]), f'{S2("z")!r}', '%s' % S2('w'), S2('v'))  # expect: REPR [REPR] REPR w v
