import statistics as st
from fractions import Fraction as F

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
fracs = [F(1, 2), F(3, 4), F(5, 4), F(1, 3)]
for fn in (st.mean, st.median, st.median_low, st.median_high, st.median_grouped, st.pvariance,
           st.variance, st.pstdev, st.stdev, st.harmonic_mean, st.geometric_mean, st.fmean):
    print(fn.__name__, repr(fn(ints)), repr(fn(floats)), repr(fn(fracs)))
print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([True, False, True]), st.mean(iter(range(5))), st.mean([1, 2.5, F(1, 2)]))
print(st.mean([0.1] * 10), st.fmean([0.1] * 10), st.mean([1e300, 1e300]), st.mean([F(1, 3), 1]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([1, 0, 2]), st.harmonic_mean([5]), st.geometric_mean([54, 24, 36]))
print(st.median([1, 3, 5, 7]), st.median([F(1), F(2)]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red"]), st.mode([1, 2, 2, 1]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method="inclusive"), st.quantiles([1.5, 2.5], n=3))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([F(1), F(2), F(4)]), st.variance([F(1), F(2), F(4)]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([10**20 + 1, 10**20 + 3]), st.pstdev([1, 1, 1]), st.stdev(range(100)), st.variance(range(7)))
print(st.mean([float("inf"), 1]), st.variance([1, float("nan"), 3]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, [2 * v for v in x]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(lr, lr.slope, lr.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
errors = [
    lambda: st.mean([]), lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
    lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([1]),
    lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.fmean([]), lambda: st.harmonic_mean([]),
    lambda: st.harmonic_mean([1, -1]), lambda: st.geometric_mean([1, 0]), lambda: st.geometric_mean([]),
    lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"),
    lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1], [1]), lambda: st.correlation([1, 1], [1, 2]),
    lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[0, 0]), lambda: st.mean(["a", "b"]), lambda: st.mean([1, "a"]),
    lambda: st.harmonic_mean([1, 2], weights=[1]),
]
for bad in errors:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError))
