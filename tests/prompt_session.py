"""Drives an interpreter's interactive prompt through a pseudo-terminal.

usage: python3 prompt_session.py INTERPRETER [ARG...]

Types the session below a line at a time, waiting after each line for the
next prompt, and prints the screen the terminal shows: the bytes the
interpreter wrote, with carriage returns and backspaces applied as a
terminal applies them. `tests/cli.rs` runs this for lython and for
CPython and compares the two screens.
"""
import os
import pty
import select
import sys
import time

SESSION = [
    "def double(x):",
    "    return x * 2",
    "",
    "double(21)",
    "_ + 1",
    "1/0",
    "x = (1,",
    "     2)",
    "x",
    "import sys; sys.ps1 = 'in: '",
    "'changed'",
]
PROMPTS = (b">>> ", b"... ", b"in: ")


def read_until_prompt(fd, seen, timeout=10.0):
    """Reads until the output ends with a prompt (or the child ends)."""
    end = time.time() + timeout
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            if seen.endswith(PROMPTS):
                return seen
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return seen
        if not chunk:
            return seen
        seen += chunk
    return seen


def render(data):
    """The screen's lines: each `\\r` returns to the line's start, `\\b`
    moves back one column, later characters overwrite earlier ones."""
    lines, line, col = [], [], 0
    for ch in data.decode("utf-8", "replace"):
        if ch == "\n":
            lines.append("".join(line).rstrip())
            line, col = [], 0
        elif ch == "\r":
            col = 0
        elif ch == "\b":
            col = max(col - 1, 0)
        elif ch >= " " or ch == "\t":
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
    lines.append("".join(line).rstrip())
    return "\n".join(lines)


def main():
    argv = sys.argv[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, {"TERM": "dumb", "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"})
    seen = read_until_prompt(fd, b"")
    for line in SESSION:
        os.write(fd, line.encode() + b"\n")
        seen = read_until_prompt(fd, seen)
    os.write(fd, b"\x04")
    seen = read_until_prompt(fd, seen, timeout=3.0)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    print(render(seen))
    print("status", os.waitstatus_to_exitcode(status))


main()
