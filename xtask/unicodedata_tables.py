"""Prints the tables of lython's `unicodedata` module from python3's own.

`cargo xtask unicode-tables` runs this script beside unicode_tables.py and
writes its output to data/unicodedata_tables.rs;
book/src/modules/unicodedata.md explains it.
"""
# ANCHOR: version
import unicodedata as ud

assert ud.unidata_version == "14.0.0", ud.unidata_version
CHARS = [chr(c) for c in range(0x110000)]
# ANCHOR_END: version


# ANCHOR: records
def record(ch):
    """The properties that come in long runs of code points."""
    return (ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch))


def runs():
    """(first code point, index of its record) wherever the record changes."""
    kinds, out, last = {}, [], None
    for c, ch in enumerate(CHARS):
        r = record(ch)
        if r != last:
            out.append((c, kinds.setdefault(r, len(kinds))))
            last = r
    return sorted(kinds, key=kinds.get), out
# ANCHOR_END: records


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    print("// Generated from python3's unicodedata (Unicode 14.0.0) by `cargo xtask unicode-tables`")
    print("// (xtask/unicodedata_tables.py, explained in book/src/modules/unicodedata.md): do not edit.")
    kinds, starts = runs()
    print()
    print("/// The distinct records: category, bidirectional class, combining class,")
    print("/// East Asian width, mirrored.")
    print("static KINDS: &[(&str, &str, u8, &str, bool)] = &[")
    for i in range(0, len(kinds), 3):
        print("    " + " ".join(f"({rust_str(a)}, {rust_str(b)}, {c}, {rust_str(d)}, {str(bool(e)).lower()})," for a, b, c, d, e in kinds[i:i + 3]))
    print("];")
    print()
    print("/// Where each run of code points with one record starts, and its record.")
    print("static RUNS: &[(u32, u16)] = &[")
    for i in range(0, len(starts), 8):
        print("    " + " ".join(f"(0x{c:x}, {k})," for c, k in starts[i:i + 8]))
    print("];")
    # ANCHOR: numbers
    numbers = [(c, ud.digit(ch, -1), ud.numeric(ch)) for c, ch in enumerate(CHARS) if ud.numeric(ch, None) is not None]
    decomps = [(c, ud.decomposition(ch)) for c, ch in enumerate(CHARS) if ud.decomposition(ch)]
    # ANCHOR_END: numbers
    print()
    print("/// The characters with a numeric value: digit value (or -1) and value.")
    print("static NUMBERS: &[(u32, i8, f64)] = &[")
    for i in range(0, len(numbers), 5):
        print("    " + " ".join(f"(0x{c:x}, {d}, {v!r})," for c, d, v in numbers[i:i + 5]))
    print("];")
    print()
    print("/// The decomposition field of UnicodeData.txt, where there is one.")
    print("static DECOMPOSITIONS: &[(u32, &str)] = &[")
    for i in range(0, len(decomps), 4):
        print("    " + " ".join(f"(0x{c:x}, {rust_str(d)})," for c, d in decomps[i:i + 4]))
    print("];")


main()
