//! The numeric modules: `math`, `cmath`, `fractions`, `decimal`,
//! `statistics`, and `random` with a fixed seed (a `random.Random` of the
//! snippet's own, so that no snippet changes another's numbers).
use super::super::library::Kind;


pub(super) const KINDS: &[Kind] = &[MATH, CMATH, FRACTIONS, DECIMAL, STATISTICS, RANDOM];

const MATH: Kind = Kind {
    name: "math",
    setup: "import math",
    trials: &[
        "math.sqrt({num})",
        "(math.floor({num}), math.ceil({num}), math.trunc({num}))",
        "math.fabs({num})",
        "(math.gcd({int}, {int}), math.lcm({small}, {small}))",
        "math.isqrt({int})",
        "math.factorial({small})",
        "(math.comb({small}, {small}), math.perm({small}, {small}))",
        "math.log({num})",
        "math.log({num}, {num})",
        "(math.log2({num}), math.log10({num}), math.log1p({num}))",
        "(math.exp({small}), math.expm1({float}))",
        "math.pow({num}, {small})",
        "math.fmod({num}, {num})",
        "math.copysign({num}, {num})",
        "math.hypot({num}, {num}, {num})",
        "math.dist([{num}, {num}], [{num}, {num}])",
        "math.prod({intlist})",
        "math.fsum({floats})",
        "math.isclose({num}, {num}, rel_tol={float})",
        "(math.isfinite({num}), math.isinf({num}), math.isnan({num}))",
        "(math.modf({num}), math.frexp({num}))",
        "math.ldexp({num}, {small})",
        "(math.atan2({num}, {num}), math.atan({num}), math.asin({num}))",
        "(math.sin({num}), math.cos({num}), math.tan({num}))",
        "(math.degrees({num}), math.radians({num}))",
        "math.remainder({num}, {num})",
        "(math.nextafter({num}, {num}), math.ulp({num}))",
        "(math.erf({num}), math.erfc({num}))",
        "(math.gamma({num}), math.lgamma({num}))",
        "(math.cosh({num}), math.asinh({num}), math.acosh({num}), math.atanh({float}))",
        "(math.pi, math.e, math.tau, math.inf, math.nan)",
        "math.sqrt({str})",
        "math.gcd({float})",
        "math.factorial({float})",
        "math.floor({str})",
        "math.cbrt(8)",
    ],
    fill: |g| g.number(1),
};

const CMATH: Kind = Kind {
    name: "cmath",
    setup: "import cmath",
    trials: &[
        "cmath.sqrt({complex})",
        "(cmath.phase({complex}), cmath.polar({complex}))",
        "cmath.rect({num}, {num})",
        "cmath.exp({complex})",
        "cmath.log({complex})",
        "cmath.log({complex}, {complex})",
        "cmath.log10({complex})",
        "(cmath.sin({complex}), cmath.cos({complex}))",
        "(cmath.acos({complex}), cmath.atanh({complex}))",
        "(cmath.isfinite({complex}), cmath.isinf({complex}), cmath.isnan({complex}))",
        "cmath.isclose({complex}, {complex})",
        "(cmath.pi, cmath.infj, cmath.nanj)",
        "cmath.sqrt({str})",
    ],
    fill: |g| g.number(1),
};

pub(super) const FRACTION_TEXTS: &[&str] = &[
    "'3/4'", "'-6/8'", "' 1.5 '", "'1e3'", "'1/0'", "'x'", "'7'", "'1_000/3'", "'2.5e-3'",
    "'/2'", "'inf'", "''",
];

const FRACTIONS: Kind = Kind {
    name: "fractions",
    setup: "
        from fractions import Fraction
        from decimal import Decimal",
    trials: &[
        "Fraction({int}, {int})",
        "Fraction({fstr})",
        "Fraction({float})",
        "Fraction({num}).limit_denominator({small})",
        "Fraction({int}, {int}) + Fraction({int}, {int})",
        "Fraction({int}, {int}) * {num}",
        "Fraction({int}, {int}) / Fraction({int}, {int})",
        "(Fraction({int}, {int}) // {num}, Fraction({int}, {int}) % {num})",
        "Fraction({int}, {int}) ** {small}",
        "Fraction({int}, {int}) < {num}",
        "Fraction({fstr}).as_integer_ratio()",
        "float(Fraction({int}, {int}))",
        "round(Fraction({int}, {int}), {small})",
        "str(Fraction({fstr}))",
        "Fraction.from_float({float})",
        "Fraction.from_decimal(Decimal({dstr}))",
        "hash(Fraction({int}, 2)) == hash({int} / 2)",
        "Fraction({str})",
    ],
    fill: |g| g.int(1),
};

pub(super) const DECIMAL_TEXTS: &[&str] = &[
    "'1.1'", "'-0'", "'3.14159'", "'1e5'", "'-2.50'", "'NaN'", "'Infinity'", "'abc'", "'1_0'",
    "'  7 '", "'0.000'", "'123456789012345678901234567890'", "'1E-30'", "'-inf'",
];

const DECIMAL: Kind = Kind {
    name: "decimal",
    setup: "
        import decimal
        from decimal import Decimal",
    trials: &[
        "Decimal({dstr})",
        "Decimal({dstr}) + Decimal({dstr})",
        "Decimal({dstr}) * Decimal({dstr})",
        "Decimal({dstr}) - {int}",
        "Decimal({dstr}) / Decimal({dstr})",
        "(Decimal({dstr}) // Decimal({dstr}), Decimal({dstr}) % Decimal({dstr}))",
        "Decimal({dstr}) ** {small}",
        "Decimal({dstr}).quantize(Decimal('0.01'))",
        "round(Decimal({dstr}), {small})",
        "Decimal({dstr}).sqrt()",
        "Decimal({dstr}).as_tuple()",
        "Decimal({dstr}).normalize()",
        "(str(Decimal({dstr})), float(Decimal({dstr})))",
        "Decimal({float})",
        "Decimal({int})",
        "Decimal({dstr}) < Decimal({dstr})",
        "decimal.Context(prec={small}).add(Decimal({dstr}), Decimal({dstr}))",
        "Decimal({dstr}).to_integral_value()",
        "int(Decimal({dstr}))",
        "format(Decimal({dstr}), '.3f')",
    ],
    fill: |g| g.int(1),
};

const STATISTICS: Kind = Kind {
    name: "statistics",
    setup: "import statistics",
    trials: &[
        "statistics.mean({intlist})",
        "statistics.mean({floats})",
        "statistics.fmean({intlist})",
        "(statistics.median({intlist}), statistics.median_low({intlist}), statistics.median_high({intlist}))",
        "statistics.mode({seq})",
        "statistics.multimode({seq})",
        "(statistics.pstdev({intlist}), statistics.pvariance({intlist}))",
        "(statistics.stdev({intlist}), statistics.variance({intlist}))",
        "statistics.geometric_mean({intlist})",
        "statistics.harmonic_mean({intlist})",
        "statistics.quantiles({intlist}, n={small})",
        "statistics.mean([])",
        "statistics.correlation({intlist}, {intlist})",
        "statistics.linear_regression({intlist}, {intlist})",
    ],
    fill: |g| g.int_list(1),
};

pub(super) const SEEDS: &[&str] = &[
    "0", "1", "42", "-7", "2**70", "'abc'", "b'xyz'", "3.5", "bytearray(b'q')", "''",
];

const RANDOM: Kind = Kind {
    name: "random",
    setup: "
        import random
        rng = random.Random({seedv})",
    trials: &[
        "rng.random()",
        "rng.randint({small}, {int})",
        "rng.randrange({int})",
        "rng.randrange({small}, {int}, {small})",
        "rng.choice({seq})",
        "rng.sample({seq}, {length})",
        "(lambda l: (rng.shuffle(l), l))(list({seq}))",
        "rng.uniform({num}, {num})",
        "(rng.gauss(0, 1), rng.normalvariate(1, 2))",
        "rng.getrandbits({small})",
        "rng.choices({seq}, k={length})",
        "rng.randbytes({length})",
        "(rng.triangular(), rng.expovariate(1.5), rng.betavariate(2, 3))",
        "[rng.random() for _ in range(3)]",
        "(lambda s: (rng.random(), rng.setstate(s), rng.random()))(rng.getstate())",
        "random.Random({seedv}).random() == random.Random({seedv}).random()",
        "rng.seed({seedv})",
    ],
    fill: |g| g.int(1),
};

