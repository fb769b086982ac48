# Decimals in the other numeric modules: statistics, fractions, math
import statistics, math, fractions
from decimal import Decimal as D
data = [D('2.5'), D('3.1'), D('4.7'), D('1.9')]
print(repr(statistics.mean(data)), repr(statistics.median(data)), repr(statistics.fmean(data)))
print(repr(statistics.stdev(data)), repr(statistics.variance(data)), repr(statistics.pstdev(data)))
print(fractions.Fraction(D('1.25')), fractions.Fraction.from_decimal(D('0.1')), math.isclose(D('1.0'), 1))
print(math.sqrt(D(2)), math.floor(D("-2.5")), "%.3f" % D("2.0005"), "%d" % D("7.9"), float(D("1e400")))
print(math.fsum([D('0.1'), D('0.2')]), math.isfinite(D('Inf')), math.isnan(D('NaN')))
print(repr(statistics.stdev([D(1),D(2),D(3)])), repr(statistics.pstdev([D(1),D(2),D(3), D(4)])), repr(statistics.variance([D('1.5'), D(2)])), repr(statistics.mean([D(1), 2])), repr(statistics.harmonic_mean([D(1), D(2)])), repr(statistics.median([D(1), D(2)])), repr(statistics.mean([D(1), D(2)])))
print(repr(statistics.stdev([D(0), D(0)])), repr(statistics.pvariance([D('0.1'), D('0.25'), D('0.3')])), repr(statistics.stdev([D('0.1'), D('0.25'), D('0.3'), D('7.77')])))
print(repr(statistics.mean([1, 2, 4])), repr(statistics.stdev([1.5, 2.5, 4])))
