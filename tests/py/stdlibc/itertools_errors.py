import itertools as it
for f in [lambda: it.zip_longest([1], foo=2), lambda: it.product([1], foo=2), lambda: it.product([1], repeat='a'), lambda: it.accumulate([1], 2, 3), lambda: it.accumulate([1], initial=1, foo=2), lambda: it.count(1, 2, 3), lambda: it.repeat(1, 'a'), lambda: it.groupby(1), lambda: it.permutations('ab', 'x'), lambda: it.combinations('ab', 1.5), lambda: list(it.starmap(len, 5)), lambda: it.tee('a', 'b'), lambda: it.tee(), lambda: it.islice('a', 1, 2, 3, 4), lambda: it.islice('a', 1.5), lambda: it.compress(1, []), lambda: it.chain.from_iterable(), lambda: it.cycle('a', 'b'), lambda: it.takewhile(len), lambda: it.filterfalse(None), lambda: list(it.groupby([1, 'a'], key=lambda x: 1/0))]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
