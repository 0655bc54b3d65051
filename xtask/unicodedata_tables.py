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


def rust_table(doc, decl, items, per_line, spell):
    """A static slice of `items`, `per_line` to a line, each spelt by `spell`."""
    print()
    for line in doc:
        print(f"/// {line}")
    print(f"static {decl} = &[")
    for i in range(0, len(items), per_line):
        print("    " + " ".join(spell(*item) + "," for item in items[i:i + per_line]))
    print("];")


def main():
    print("// Generated from python3's unicodedata (Unicode 14.0.0) by `cargo xtask unicode-tables`")
    print("// (xtask/unicodedata_tables.py, explained in book/src/modules/unicodedata.md): do not edit.")
    kinds, starts = runs()
    rust_table(["The distinct records: category, bidirectional class, combining class,", "East Asian width, mirrored."],
               "KINDS: &[(&str, &str, u8, &str, bool)]", kinds, 3,
               lambda a, b, c, d, e: f"({rust_str(a)}, {rust_str(b)}, {c}, {rust_str(d)}, {str(bool(e)).lower()})")
    rust_table(["Where each run of code points with one record starts, and its record."],
               "RUNS: &[(u32, u16)]", starts, 8, lambda c, k: f"(0x{c:x}, {k})")
    # ANCHOR: numbers
    numbers = [(c, ud.digit(ch, -1), ud.numeric(ch)) for c, ch in enumerate(CHARS) if ud.numeric(ch, None) is not None]
    decomps = [(c, ud.decomposition(ch)) for c, ch in enumerate(CHARS) if ud.decomposition(ch)]
    # ANCHOR_END: numbers
    rust_table(["The characters with a numeric value: digit value (or -1) and value."],
               "NUMBERS: &[(u32, i8, f64)]", numbers, 5, lambda c, d, v: f"(0x{c:x}, {d}, {v!r})")
    rust_table(["The decomposition field of UnicodeData.txt, where there is one."],
               "DECOMPOSITIONS: &[(u32, &str)]", decomps, 4, lambda c, d: f"(0x{c:x}, {rust_str(d)})")

main()
