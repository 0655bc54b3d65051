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
def record(db, ch):
    """The properties that come in long runs of code points."""
    return (db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch), db.mirrored(ch))


def runs(db, kinds):
    """(first code point, index of its record in kinds) wherever db's record
    changes; kinds grows with the records first met."""
    out, last = [], None
    for c, ch in enumerate(CHARS):
        r = record(db, ch)
        if r != last:
            out.append((c, kinds.setdefault(r, len(kinds))))
            last = r
    return out


def numbers(db):
    """The characters with a numeric value: decimal and digit values (or -1)
    and the value."""
    return [(c, db.decimal(ch, -1), db.digit(ch, -1), db.numeric(ch)) for c, ch in enumerate(CHARS) if db.numeric(ch, None) is not None]
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
    kinds = {}
    starts, old_starts = runs(ud, kinds), runs(ud.ucd_3_2_0, kinds)
    kinds = sorted(kinds, key=kinds.get)
    rust_table(["The distinct records: category, bidirectional class, combining class,", "East Asian width, mirrored."],
               "KINDS: &[(&str, &str, u8, &str, bool)]", kinds, 3,
               lambda a, b, c, d, e: f"({rust_str(a)}, {rust_str(b)}, {c}, {rust_str(d)}, {str(bool(e)).lower()})")
    for name, db_runs in [("RUNS", starts), ("RUNS_3_2_0", old_starts)]:
        rust_table(["Where each run of code points with one record starts, and its record."],
                   f"{name}: &[(u32, u16)]", db_runs, 8, lambda c, k: f"(0x{c:x}, {k})")
    for name, db in [("NUMBERS", ud), ("NUMBERS_3_2_0", ud.ucd_3_2_0)]:
        rust_table(["The characters with a numeric value: decimal and digit values (or -1), value."],
                   f"{name}: &[(u32, i8, i8, f64)]", numbers(db), 4, lambda c, d, g, v: f"(0x{c:x}, {d}, {g}, {v!r})")
    # ANCHOR: numbers
    decomps = [(c, ud.decomposition(ch)) for c, ch in enumerate(CHARS) if ud.decomposition(ch)]
    # Unicode 3.2's decompositions and names are 14.0's, for what 3.2 assigns.
    old = ud.ucd_3_2_0
    for ch in CHARS:
        assigned = old.category(ch) != "Cn"
        assert old.decomposition(ch) == (ud.decomposition(ch) if assigned else ""), hex(ord(ch))
        assert old.name(ch, None) == (ud.name(ch, None) if assigned else None), hex(ord(ch))
    # ANCHOR_END: numbers
    # ANCHOR: corrections
    # Corrigendum #4 changed six decompositions after 3.2; ucd_3_2_0 keeps the old ones.
    fixed = [(c, ord(old.normalize("NFD", chr(c)))) for c in (0xF951, 0x2F868, 0x2F874, 0x2F91F, 0x2F95F, 0x2F9BF)]
    # ANCHOR_END: corrections
    rust_table(["The characters whose 3.2 decomposition was corrected later, and that one."],
               "CORRECTIONS_3_2_0: &[(u32, u32)]", fixed, 3, lambda c, d: f"(0x{c:x}, 0x{d:x})")
    rust_table(["The decomposition field of UnicodeData.txt, where there is one."],
               "DECOMPOSITIONS: &[(u32, &str)]", decomps, 4, lambda c, d: f"(0x{c:x}, {rust_str(d)})")

main()
