# A base above 36 is a ValueError, not a crash (issue 7).
print(int("z", 36))  # expect: 35
int("z", 37)  # raises: ValueError: int() base must be >= 2 and <= 36, or 0
