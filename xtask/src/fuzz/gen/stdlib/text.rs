//! The text and bytes modules: `string`, `re`, `json`, `textwrap`,
//! `struct`, `base64`, `binascii`, `zlib`, `hashlib`, `io` and `array`.
use super::super::library::Kind;

pub(super) const KINDS: &[Kind] = &[
    STRING, RE, JSON, TEXTWRAP, STRUCT, BASE64, ZLIB, HASHLIB, IO, ARRAY,
];

pub(super) const TEMPLATES: &[&str] = &[
    "$a and ${b}", "$$ $c", "$", "${a", "plain", "$a$b", "${a}x", "$1", "a $b c",
];

const STRING: Kind = Kind {
    name: "string",
    setup: "import string",
    trials: &[
        "string.capwords({str})",
        "string.capwords({text}, {str})",
        "string.Template({template}).substitute(a=1, b='x')",
        "string.Template({template}).safe_substitute(a={str})",
        "string.Template({template}).substitute(⟨'a': 2⟩)",
        "string.Template({template}).get_identifiers()",
        "(string.ascii_letters, string.digits, string.punctuation, string.whitespace)",
        "string.Formatter().format({str}, 1, 'x', k=2)",
        "string.Formatter().format('⟨0⟩-⟨k⟩', {num}, k={str})",
        "list(string.Formatter().parse({str}))",
        "string.Formatter().vformat('⟨0:>5⟩', ({num},), ⟨⟩)",
    ],
    fill: |g| g.string(0),
};

pub(super) const PATTERNS: &[&str] = &[
    r"\d+", "[a-z]+", "(a)(b)?", r"(?P<x>\w)(?P=x)", r"^\s*", "a|b", "(", "x*", r"\bfoo\b",
    "[^abc]", "(?i)AB", ".", "a{2,3}", "(?=a)", r"\w+@\w+", "[", r"\\", "", "(a|b)*c",
    r"(\w+) (\w+)", "(?m)^b", "(?s)a.b", "[0-9a-f]{2}", "a+?", r"(?P<n>\d)(?P<m>\d)?", "*",
    r"\1", "(?<=a)b", "[[:alpha:]]", r"\Z", "é+",
];

pub(super) const TEXTS: &[&str] = &[
    "abc 123 def", "aab ab", "foo bar foofoo", "", "x@y z@w", "AbCab", "a\nb\nbc", "12ab34",
    "   lead", "hello world", "aaa", "ééa", "deadbeef", "a.b\nc",
];

pub(super) const REPLACEMENTS: &[&str] = &[
    r"'<\g<0>>'", "'X'", r"'\1'", "''", "lambda m: m.group(0).upper()", r"'\n'", r"'\g<x>'",
    "lambda m: str(len(m.group()))",
];

const RE: Kind = Kind {
    name: "re",
    setup: "import re",
    trials: &[
        "re.findall({pattern}, {text})",
        "re.sub({pattern}, {repl}, {text})",
        "re.subn({pattern}, {repl}, {text}, count={small})",
        "re.split({pattern}, {text})",
        "(lambda m: m and (m.group(0), m.span(), m.groups()))(re.search({pattern}, {text}))",
        "(lambda m: m and (m.group(), m.start(), m.end()))(re.match({pattern}, {text}))",
        "(lambda m: m and m.groupdict())(re.fullmatch({pattern}, {text}))",
        "re.escape({text})",
        "re.compile({pattern}, re.I).findall({text})",
        "[m.span() for m in re.finditer({pattern}, {text})]",
        "(lambda p: (p.pattern, p.groups, dict(p.groupindex), p.flags))(re.compile({pattern}))",
        "re.compile({pattern}) == re.compile({pattern})",
        "re.sub({pattern}, {repl}, {text}, flags=re.M)",
        "re.findall({pattern}, {str})",
        "re.search({pattern}, {bytes})",
    ],
    fill: |g| g.string(0),
};

pub(super) const JSON_TEXTS: &[&str] = &[
    "'[1, 2.5, \"x\", null, true]'", "'{\"a\": {\"b\": []}}'", "'[1, 2'", "'\"\\\\u00e9\"'",
    "'NaN'", "' 3 '", "'{\"a\" 1}'", "''", "'[1,]'", "'1e400'", "'\"abc'", "'{\"k\": 1, \"k\": 2}'",
    "'-0'", "'[]x'",
];

pub(super) const JSON_VALUES: &[&str] = &[
    "{'a': 1, 'b': [True, None]}", "{1: 'x', 2.5: 'y', None: 0, False: 1}", "float('nan')",
    "[float('inf'), -0.0, 1e300]", "'é\\n\"'", "{(1, 2): 3}", "object()", "b'x'", "(1, [2, (3,)])",
    "{'z': 1, 'a': {'y': 2, 'b': 3}}", "2**70", "''", "[[[]]]",
];

const JSON: Kind = Kind {
    name: "json",
    setup: "import json",
    trials: &[
        "json.dumps({jsonval})",
        "json.dumps({jsonval}, sort_keys=True, indent={small})",
        "json.dumps({jsonval}, separators=(',', ':'), ensure_ascii=False)",
        "json.dumps({jsonval}, allow_nan=False)",
        "json.dumps({jsonval}, default=repr)",
        "json.dumps({jsonval}, skipkeys=True)",
        "json.loads({json})",
        "json.loads({json}, parse_float=str, parse_int=float)",
        "json.loads(json.dumps({jsonval}))",
        "json.loads({bytes})",
        "(lambda e: (e.msg, e.pos, e.lineno, e.colno))(json.JSONDecodeError('m', 'ab\\ncd', 4))",
        "json.JSONEncoder(indent='--').encode({jsonval})",
    ],
    fill: |g| g.sequence(1),
};

pub(super) const PARAGRAPHS: &[&str] = &[
    "The quick brown fox jumps over the lazy dog.",
    "  indented line\n  another\n    deeper",
    "short",
    "",
    "averyveryverylongwordwithoutanyspacesatall and more",
    "tabs\there and\tthere",
    "line one\n\nline three",
    "  \n  x\n",
];

const TEXTWRAP: Kind = Kind {
    name: "textwrap",
    setup: "import textwrap",
    trials: &[
        "textwrap.wrap({para}, width={width})",
        "textwrap.fill({para}, width={width})",
        "textwrap.dedent({para})",
        "textwrap.indent({para}, '> ')",
        "textwrap.shorten({para}, width={width})",
        "textwrap.wrap({para}, width={width}, break_long_words=False)",
        "textwrap.TextWrapper(width={width}, initial_indent='* ').wrap({para})",
        "textwrap.fill({str}, {width})",
    ],
    fill: |g| g.string(0),
};

pub(super) const STRUCT_FORMATS: &[&str] = &[
    "<i", ">hH", "<d", "!f", "=q", "3s", "?", "<bB", "x", "iii", "<Q", "@l", "e", "2h", "z", "<0s",
    "p", "10p", "P",
];

const STRUCT: Kind = Kind {
    name: "struct",
    setup: "import struct",
    trials: &[
        "struct.pack('<i', {int})",
        "struct.pack('>hH', {small}, {int})",
        "struct.pack('<d', {num})",
        "struct.pack('!f', {num})",
        "struct.pack('<q', {int})",
        "struct.pack('3s', {bytes})",
        "struct.pack('?', {hashable})",
        "struct.pack({structfmt}, {int})",
        "struct.unpack('<I', {bytes})",
        "struct.unpack({structfmt}, {bytes})",
        "struct.calcsize({structfmt})",
        "struct.unpack_from('<b', {bytes}, {small})",
        "list(struct.iter_unpack('<h', {bytes}))",
        "struct.Struct({structfmt}).size",
        "struct.unpack('<e', struct.pack('<e', {float}))",
        "struct.pack_into('<h', bytearray(4), {small}, {int})",
    ],
    fill: |g| g.int(1),
};

pub(super) const BASE64_TEXTS: &[&str] = &[
    "b'aGVsbG8='", "b'aGVsbG8'", "'YQ=='", "b'!!!'", "b'YWJj\\nZGVm'", "b''", "'é'",
    "b'-_-_'", "b'MFRGG==='", "b'6869'", "b'68 69'", "b'GEZDG'",
];

const BASE64: Kind = Kind {
    name: "base64",
    setup: "import base64, binascii",
    trials: &[
        "base64.b64encode({bytes})",
        "base64.b64decode({b64})",
        "base64.b64decode({b64}, validate=True)",
        "(base64.urlsafe_b64encode({bytes}), base64.urlsafe_b64decode({b64}))",
        "(base64.b32encode({bytes}), base64.b16encode({bytes}))",
        "base64.b32decode({b64})",
        "base64.b16decode({b64}, casefold=True)",
        "(base64.b85encode({bytes}), base64.a85encode({bytes}))",
        "base64.b85decode(base64.b85encode({bytes}))",
        "base64.encodebytes({bytes})",
        "(binascii.hexlify({bytes}), binascii.hexlify({bytes}, '-'))",
        "binascii.unhexlify({b64})",
        "(binascii.crc32({bytes}), binascii.crc_hqx({bytes}, {small}))",
        "binascii.b2a_base64({bytes}, newline=False)",
        "binascii.a2b_base64({b64})",
        "base64.b64encode({str})",
    ],
    fill: |g| g.int(1),
};

const ZLIB: Kind = Kind {
    name: "zlib",
    setup: "import zlib",
    trials: &[
        "(zlib.crc32({bytes}), zlib.adler32({bytes}), zlib.crc32({bytes}, {int}))",
        "zlib.decompress(zlib.compress({bytes}, {level}))",
        "zlib.compress({bytes})",
        "zlib.compress({bytes}, {level})",
        "zlib.decompress({bytes})",
        "zlib.decompress(zlib.compress({bytes})[:-3])",
        "(lambda c: zlib.decompress(c.compress({bytes}) + c.flush()))(zlib.compressobj())",
        "(lambda d: (d.decompress(zlib.compress({bytes}) + b'tail'), d.unused_data, d.eof))(zlib.decompressobj())",
        "zlib.decompress(zlib.compress({bytes}, wbits=-15), wbits=-15)",
        "zlib.crc32({str})",
        "(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)",
    ],
    fill: |g| g.int(1),
};

pub(super) const HASH_NAMES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s",
    "SHA256", "nope", "shake_128",
];

/// No `pbkdf2_hmac`: lython's is 3.11's deprecated pure-Python one, whose
/// warning on standard error (appendix B) would stand for the program's end.
const HASHLIB: Kind = Kind {
    name: "hashlib",
    setup: "import hashlib",
    trials: &[
        "hashlib.md5({bytes}).hexdigest()",
        "(hashlib.sha1({bytes}).hexdigest(), hashlib.sha256({bytes}).digest())",
        "hashlib.sha512({bytes}).hexdigest()",
        "hashlib.sha3_256({bytes}).hexdigest()",
        "hashlib.blake2b({bytes}, digest_size={small}).hexdigest()",
        "hashlib.new({hashname}, {bytes}).hexdigest()",
        "(lambda h: (h.name, h.digest_size, h.block_size))(hashlib.new({hashname}))",
        "(lambda h: (h.update({bytes}), h.update({bytes}), h.hexdigest()))(hashlib.sha256())",
        "(lambda h: (h.copy().hexdigest(), h.hexdigest()))(hashlib.md5({bytes}))",
        "hashlib.sha256({str})",
        "hashlib.shake_128({bytes}).hexdigest({small})",
    ],
    fill: |g| g.int(1),
};

const IO: Kind = Kind {
    name: "io",
    setup: "import io",
    trials: &[
        "io.StringIO({str}).read()",
        "(lambda s: (s.write({str}), s.tell(), s.getvalue()))(io.StringIO())",
        "io.StringIO({text}).readlines()",
        "(lambda s: (s.seek({small}), s.read()))(io.StringIO({str}))",
        "(lambda s: (s.readline(), s.read({small})))(io.StringIO({text}))",
        "io.BytesIO({bytes}).read({small})",
        "(lambda b: (b.write({bytes}), b.tell(), b.getvalue()))(io.BytesIO())",
        "(lambda b: (b.seek({small}), b.write({bytes}), b.getvalue()))(io.BytesIO({bytes}))",
        "list(io.StringIO({text}))",
        "io.StringIO({int})",
        "(lambda s: (s.close(), s.read()))(io.StringIO())",
        "(lambda s: (s.truncate({small}), s.getvalue()))(io.StringIO({str}))",
        "io.BytesIO({bytes}).getbuffer().tobytes()",
        "(lambda s: (print({str}, 1, sep='|', file=s), s.getvalue()))(io.StringIO())",
        "io.StringIO('a\\r\\nb', newline=None).read()",
    ],
    fill: |g| g.int(1),
};

pub(super) const TYPECODES: &[&str] = &[
    "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "u", "x",
];

const ARRAY: Kind = Kind {
    name: "array",
    setup: "import array",
    trials: &[
        "array.array({typecode}, {intlist})",
        "array.array('d', {floats})",
        "array.array({typecode}, {intlist}).tolist()",
        "array.array('u', {str})",
        "array.array('i', {intlist}).tobytes()",
        "(lambda a: (a.append({int}), a))(array.array({typecode}))",
        "array.array('B', {bytes})",
        "array.array('i', {intlist}) + array.array('i', {intlist})",
        "array.array('h', range(5))[{slice}]",
        "(array.array({typecode}).itemsize, array.array({typecode}).typecode)",
        "(lambda a: (a.reverse(), a.count(1), a))(array.array('q', {intlist}))",
        "array.array('b', {intlist}) == array.array('h', {intlist})",
        "array.array({typecode}, {str})",
    ],
    fill: |g| g.int(1),
};
