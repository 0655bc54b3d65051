"""lython's stand-in for pyperf, for `cargo xtask bench pyperformance`.

pyperformance's programs import pyperf and hand their work to a Runner.
The real pyperf calibrates a loop count, spawns worker processes and
writes JSON; this stand-in runs each benchmark in the one process, a fixed
number of loops, so the two interpreters do the same work.  It prints one
stdout line per benchmark that must not depend on the interpreter or the
clock, and the time the benchmark measured on stderr, where the xtask reads
it.
"""
import argparse
import os
import sys
import time
import zlib

perf_counter = time.perf_counter

# The loop count, from the environment so that the xtask can choose it
# without touching the programs' own command lines.
LOOPS_VARIABLE = "PYPERF_STANDIN_LOOPS"


def _summary(result):
    """A description of a benchmark's result that two interpreters share.

    A container's repr is checked through its CRC: pidigits returns 2,000
    digits, and they should be the same digits.  Other objects show only
    their type, since their repr may hold an address.
    """
    if result is None or isinstance(result, (bool, int, float, str)):
        return repr(result)
    if isinstance(result, (list, tuple, dict)):
        text = repr(result).encode()
        return "%s of %d, repr crc32 %08x" % (
            type(result).__name__, len(result), zlib.crc32(text))
    return type(result).__name__


class Runner:
    """The parts of pyperf.Runner that pyperformance's programs use."""

    def __init__(self, *, add_cmdline_args=None, **unused_options):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        # pyperf hands this to the workers it spawns; there are none here.
        self._add_cmdline_args = add_cmdline_args
        self._args = None
        self.loops = int(os.environ.get(LOOPS_VARIABLE, "1"))

    def parse_args(self, args=None):
        if self._args is None:
            self._args = self.argparser.parse_args(args)
        return self._args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Time `loops` calls of `func(*args)`."""
        self.parse_args()
        result = None
        start = perf_counter()
        for _ in range(self.loops):
            result = func(*args)
        self._report(name, perf_counter() - start, _summary(result))

    def bench_time_func(self, name, time_func, *args, inner_loops=None,
                        metadata=None):
        """Let `time_func(loops, *args)` time itself."""
        self.parse_args()
        self._report(name, time_func(self.loops, *args), "timed by itself")

    def bench_command(self, name, command):
        raise NotImplementedError("the stand-in does not run commands")

    def _report(self, name, seconds, result):
        print("%s: %d loop(s), %s" % (name, self.loops, result))
        sys.stdout.flush()
        print("pyperf-standin seconds %r" % seconds, file=sys.stderr)
