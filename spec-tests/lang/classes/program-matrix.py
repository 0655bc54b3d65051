class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")   # raises: ValueError: shapes (1, 2) and (1, 2) do not align
        return Matrix([[sum([self[i, k] * other[k, j] for k in range(m)]) for j in range(p)] for i in range(n)])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __neg__(self):
        return self * -1
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

a = Matrix([[1, 2], [3, 4]])
i = Matrix.identity(2)
print(a @ i == a, a @ a, 2 * a, a * 3, a + i, -i)   # expect: True Matrix([[7, 10], [15, 22]]) Matrix([[2, 4], [6, 8]]) Matrix([[3, 6], [9, 12]]) Matrix([[2, 2], [3, 5]]) Matrix([[-1, 0], [0, -1]])
a[0, 0] = 9
print(a[0, 0], a.shape, Matrix([[1, 2, 3]]).shape)   # expect: 9 (2, 2) (1, 3)
a @= i
print(a)   # expect: Matrix([[9, 2], [3, 4]])
Matrix([[1, 2]]) @ Matrix([[1, 2]])
