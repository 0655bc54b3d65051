import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.cycle([])))
print(list(it.repeat(3, 4)), it.repeat(3, 4).__length_hint__(), repr(it.repeat([1], 2)))
print(list(it.accumulate([1,2,3,4,5])), list(it.accumulate([1,2,3], lambda a,b: a*b, initial=10)), list(it.accumulate([], initial=5)))
print(list(it.chain("ab", "", "cd")), list(it.chain.from_iterable(["ab", [1]])))
print(list(it.compress("ABCDEF", [1,0,1,0,1,1])))
print(list(it.dropwhile(lambda x: x<5, [1,4,6,4,1])), list(it.takewhile(lambda x: x<5, [1,4,6,4,1])))
print(list(it.filterfalse(lambda x: x%2, range(10))), list(it.filterfalse(None, [0,1,'',2])))
print(list(it.starmap(pow, [(2,5),(3,2)])))
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)), list(it.islice("ABC", 5, 10)))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([1],[])))
print(list(it.product("AB", repeat=2)), list(it.product()), list(it.product("ab", [])))
print(list(it.permutations(range(3))), list(it.permutations("ABCD", 2))[:5], list(it.permutations([1], 0)), list(it.permutations([1], 2)))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations([], 0)), list(it.combinations("a", 2)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")], [(k, list(g)) for k, g in it.groupby([1,2,3,4,5,6], key=lambda x: x//3)])
a, b, c = it.tee(range(200), 3)
print(sum(a), sum(b), next(c), list(c)[-1])
print(it.count(), it.count(5, 2), it.count(1, 1.0), it.repeat("a"))
print(type(it.count()), type(it.chain()).__name__, it.tee)
for bad in ["it.chain(a=1)","it.count('a')","it.repeat()","it.islice([1])","it.islice([1],-1)","it.islice([1],1,2,0)","it.islice([1],'a')","it.combinations([1])","it.permutations([1],-1)","it.product([1],repeat=-1)","it.dropwhile(len)","it.tee([1],-1)","it.pairwise()","it.pairwise(iterable=[1])","it.zip_longest(a=1)","it.accumulate([1],None,2)","it.chain.from_iterable()","list(it.chain(1))", "next(it.starmap(len,[1]))", "it.repeat(1).__length_hint__()", "it._grouper()", "it.repeat(1,2,3)"]:
    try: eval(bad); print(bad, "no error")
    except Exception as e: print(type(e).__name__, e)
g = it.groupby("aabb"); k, grp = next(g); next(g); print(list(grp))
x = it.islice(it.count(), 0, None, 3); print(next(x), next(x), next(x))
print(sorted(n for n in dir(it) if not n.startswith('__')))

# expect: [0, 1, 2, 3, 4] [1.5, 2.0, 2.5]
# expect: ['a', 'b', 'c', 'a', 'b', 'c', 'a'] []
# expect: [3, 3, 3, 3] 4 repeat([1], 2)
# expect: [1, 3, 6, 10, 15] [10, 10, 20, 60] [5]
# expect: ['a', 'b', 'c', 'd'] ['a', 'b', 1]
# expect: ['A', 'C', 'E', 'F']
# expect: [6, 4, 1] [1, 4]
# expect: [0, 2, 4, 6, 8] [0, '']
# expect: [32, 9]
# expect: ['A', 'B'] ['C', 'D'] ['C', 'D', 'E', 'F', 'G'] ['A', 'C', 'E', 'G'] []
# expect: [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E')] []
# expect: [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')] [] [(1, None)]
# expect: [('A', 'A'), ('A', 'B'), ('B', 'A'), ('B', 'B')] [()] []
# expect: [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'A'), ('B', 'C')] [()] []
# expect: [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [()] []
# expect: [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')] [()] []
# expect: [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])] [(0, [1, 2]), (1, [3, 4, 5]), (2, [6])]
# expect: 19900 19900 0 199
# expect: count(0) count(5, 2) count(1, 1.0) repeat('a')
# expect: <class 'itertools.count'> chain <built-in function tee>
# expect: TypeError chain() takes no keyword arguments
# expect: TypeError a number is required
# expect: TypeError repeat() missing required argument 'object' (pos 1)
# expect: TypeError islice expected at least 2 arguments, got 1
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: TypeError combinations() missing required argument 'r' (pos 2)
# expect: ValueError r must be non-negative
# expect: ValueError repeat argument cannot be negative
# expect: TypeError dropwhile expected 2 arguments, got 1
# expect: ValueError n must be >= 0
# expect: TypeError pairwise expected 1 argument, got 0
# expect: TypeError pairwise() takes no keyword arguments
# expect: TypeError zip_longest() got an unexpected keyword argument
# expect: TypeError accumulate() takes at most 2 positional arguments (3 given)
# expect: TypeError chain.from_iterable() takes exactly one argument (0 given)
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError len() of unsized object
# expect: TypeError _grouper expected 2 arguments, got 0
# expect: TypeError repeat() takes at most 2 arguments (3 given)
# expect: []
# expect: 0 3 6
# expect: ['_grouper', '_tee', '_tee_dataobject', 'accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']
