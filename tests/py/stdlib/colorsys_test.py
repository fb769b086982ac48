# colorsys: each conversion on fixed colours, grey, extremes and a seeded
# sample (exact floats, as CPython computes them), round trips.
import colorsys
import random

colours = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.9, 0.1, 0.7), (1.0, 1.0, 0.0), (0.25, 0.75, 0.5)]
rng = random.Random(11)
colours += [(rng.random(), rng.random(), rng.random()) for _ in range(15)]
for c in colours:
    yiq = colorsys.rgb_to_yiq(*c)
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    print(c)
    print("  ", yiq, colorsys.yiq_to_rgb(*yiq))
    print("  ", hls, colorsys.hls_to_rgb(*hls))
    print("  ", hsv, colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.5, 2 / 3, 0.99, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.6), colorsys.hls_to_rgb(h, 0.3, 0.9), colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0), colorsys.rgb_to_hls(1, 0.5, 0))
print(colorsys.hsv_to_rgb(0.3, 0, 0.4), colorsys.hls_to_rgb(0.3, 0.4, 0.0), colorsys.__all__)
try:
    colorsys.rgb_to_hsv('a', 0, 0)
except TypeError as e:
    print("TypeError:", e)
