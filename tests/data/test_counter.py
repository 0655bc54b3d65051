import unittest


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        if by < 0:
            raise ValueError("negative step")
        self.n += by
        return self.n


class CounterTest(unittest.TestCase):
    def setUp(self):
        self.counter = Counter()
        self.log = ["setUp"]

    def tearDown(self):
        self.log.append("tearDown")
        self.assertEqual(self.log[0], "setUp")

    def test_bump(self):
        self.assertEqual(self.counter.bump(), 1)
        self.assertEqual(self.counter.bump(2), 3)
        self.assertTrue(self.counter.n > 2)
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            self.counter.bump(-1)
        self.assertEqual(str(cm.exception), "negative step")
        self.assertRaisesRegex(ValueError, "neg", self.counter.bump, -5)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_dicts_differ(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(True, "condition holds")
    def test_skipped_if(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)

    def test_error(self):
        raise KeyError("boom")


if __name__ == "__main__":
    unittest.main()
