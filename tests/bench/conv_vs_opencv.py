#!/usr/bin/python3
"""Neurone's image convolution against OpenCV's filter2D, on the same machine, in one run.

Usage: /usr/bin/python3 tests/bench/conv_vs_opencv.py [build/tests/bench_conv]
Needs Debian's python3-opencv (`make bench` installs it), hence Debian's /usr/bin/python3. Both filter a 1920x1080, 3-channel,
float32 image with a 3x3 kernel and 'same' zero padding; the medians of 15 runs are compared.
"""
import json
import subprocess
import sys
import time

import cv2
import numpy as np

bench = sys.argv[1] if len(sys.argv) > 1 else "build/tests/bench_conv"
ours = json.loads(subprocess.run([bench], check=True, capture_output=True, text=True).stdout)

cv2.setNumThreads(1)  # Neurone filters on one thread; compare like with like
rng = np.random.default_rng(1)
image = rng.uniform(0, 255, (ours["height"], ours["width"], 3)).astype(np.float32)
kernel = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], np.float32)


def median_ms(work, repeats=15):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


opencv = median_ms(lambda: cv2.filter2D(image, -1, kernel, borderType=cv2.BORDER_CONSTANT))
ratio = ours["convolution_ms"] / opencv
print(json.dumps({"neurone_convolution_ms": ours["convolution_ms"],
                  "neurone_convolution_relu_maxpool_ms": ours["convolution_relu_maxpool_ms"],
                  "opencv_filter2d_ms": round(opencv, 3),
                  "neurone_over_opencv": round(ratio, 2),
                  "target_chain_ms": 25,
                  "chain_meets_target": ours["convolution_relu_maxpool_ms"] < 25}))
