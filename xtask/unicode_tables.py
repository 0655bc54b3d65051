"""Prints lython's Unicode 14.0 tables from python3's unicodedata.

`cargo xtask unicode-tables` runs this script and writes its output to
data/unicode_tables.rs; book/src/objects/unicode.md explains it.
"""
# ANCHOR: version
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version
CHARS = [chr(c) for c in range(0x110000)]
# ANCHOR_END: version


# ANCHOR: ranges
def ranges(pred):
    """The inclusive ranges of code points whose character satisfies pred."""
    out, start = [], None
    for c, ch in enumerate(CHARS):
        if pred(ch):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out
# ANCHOR_END: ranges


# ANCHOR: cased
def is_title(ch):
    return unicodedata.category(ch) == "Lt"


def is_cased(ch):
    return ch.isupper() or ch.islower() or is_title(ch)


def is_case_ignorable(ch):
    # Read off CPython's final-sigma rule: a case-ignorable character is
    # skipped when looking for the cased letters around a capital sigma.
    if is_cased(ch):
        return ("a\u03a3" + ch).lower()[1] == "\u03c2"
    return ("a" + ch + "\u03a3").lower()[-1] == "\u03c2"
# ANCHOR_END: cased


# ANCHOR: decimal
def decimal_runs():
    """The Nd ranges, checked to be runs of ten digits from zero to nine."""
    runs = ranges(str.isdecimal)
    for a, b in runs:
        assert unicodedata.decimal(chr(a)) == 0 and (b - a + 1) % 10 == 0, hex(a)
        assert all(unicodedata.decimal(chr(c)) == (c - a) % 10 for c in range(a, b + 1))
    return runs
# ANCHOR_END: decimal


def rust_ranges(name, doc, rs):
    print(f"/// {doc}")
    print(f"static {name}: &[(u32, u32)] = &[")
    for i in range(0, len(rs), 6):
        print("    " + " ".join(f"(0x{a:x}, 0x{b:x})," for a, b in rs[i:i + 6]))
    print("];")


def rust_str(s):
    return '"' + "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else f"\\u{{{ord(c):x}}}" for c in s) + '"'


def rust_pairs(name, doc, pairs):
    print(f"/// {doc}")
    print(f"static {name}: &[(char, &str)] = &[")
    for i in range(0, len(pairs), 4):
        print("    " + " ".join(f"('\\u{{{ord(c):x}}}', {rust_str(s)})," for c, s in pairs[i:i + 4]))
    print("];")


def main():
    print("// Generated from python3's unicodedata (Unicode 14.0.0) by `cargo xtask unicode-tables`")
    print("// (xtask/unicode_tables.py, explained in book/src/objects/unicode.md): do not edit.")
    # ANCHOR: tables
    tables = [
        ("ALPHA", "`str.isalpha`: the letters (categories Lu, Ll, Lt, Lm, Lo).", ranges(str.isalpha)),
        ("DECIMAL", "`str.isdecimal`: category Nd, in runs of ten that start at a zero.", decimal_runs()),
        ("DIGIT", "`str.isdigit`: Numeric_Type Decimal or Digit.", ranges(str.isdigit)),
        ("NUMERIC", "`str.isnumeric`: any Numeric_Type.", ranges(str.isnumeric)),
        ("UPPER", "The Uppercase property.", ranges(str.isupper)),
        ("LOWER", "The Lowercase property.", ranges(str.islower)),
        ("TITLE", "Category Lt, the titlecase letters.", ranges(is_title)),
        ("CASE_IGNORABLE", "The Case_Ignorable property.", ranges(is_case_ignorable)),
    ]
    titles = [(ch, ch.title()) for ch in CHARS if ch.title() != ch.upper()]
    folds = [(ch, ch.casefold()) for ch in CHARS if ch.casefold() != ch.lower()]
    # ANCHOR_END: tables
    for name, doc, rs in tables:
        print()
        rust_ranges(name, doc, rs)
    print()
    rust_pairs("TITLECASE", "Titlecase mappings that differ from the uppercase one.", titles)
    print()
    rust_pairs("CASEFOLD", "Case foldings that differ from the lowercase mapping.", folds)


main()
