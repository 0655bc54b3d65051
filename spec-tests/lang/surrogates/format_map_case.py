# format_map looks the keys up as they are, surrogates included.
print(ascii('{k}-{\ud800}'.format_map({'k': '\udc00', '\ud800': 1})))
class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print(ascii('{\udfff}'.format_map(Missing())))

# expect: '\udc00-1'
# expect: '<\udfff>'
