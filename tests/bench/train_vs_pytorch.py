#!/usr/bin/python3
"""Neurone's training speed against PyTorch's, on the same machine, in the same run.

Usage: /usr/bin/python3 tests/bench/train_vs_pytorch.py [build/bin/neurone-cli] [--repeats N]
Needs Debian's python3-torch (PyTorch 1.13; `make bench` installs it), hence /usr/bin/python3,
and the Fashion-MNIST IDX files of dataset-fashion-mnist in /usr/share/datasets/fashion-mnist.

What is compared, identically on both sides:
  * data: the 60,000 Fashion-MNIST training images, pixels / 255, one epoch, shuffled;
  * networks: mlp = flatten, dense 128, relu, dense 10, softmax;
              cnn = conv2d 16 filters 3x3 valid, relu, maxpool 2, flatten, dense 10, softmax;
    cross-entropy on the logits (softmax fused into the loss on both sides);
  * batch 64, SGD with momentum 0.9, learning rate 0.05, 2 threads
    (torch.set_num_threads(2) and `neurone-cli train --threads 2`);
  * the clock: seconds of the training epoch only. PyTorch's loop times what Neurone's trainer
    times: building each batch from the preloaded uint8 images (index, to float, / 255), the
    forward pass, the loss, the backward pass and the optimiser step. Loading the files and
    measuring the test set are outside the clock on both sides. Neurone's figure is the
    "seconds" that neurone-cli reports for the epoch.
Sanity: both report their accuracy on the 10,000 test images after the epoch (similar, not
equal: the weight initialisations differ). Memory: the peak resident set of each neurone-cli
process (ru_maxrss), which must stay under 300 MB.
With --repeats N every measurement is taken N times and the fastest kept, on both sides.

Exit status 1 when a target is missed: mlp at least 5x faster than PyTorch, cnn at least 2x,
Neurone's peak RSS under 300 MB. Timings on a machine busy with other work are not meaningful
(the load average is printed); both sides use 2 threads and suffer alike, but not exactly.
"""
import gzip
import json
import os
import subprocess
import sys
import time

import numpy as np
import torch

DATA = "/usr/share/datasets/fashion-mnist/"
THREADS = 2
BATCH = 64
LEARNING_RATE = 0.05
MOMENTUM = 0.9
TARGET_SPEEDUP = {"mlp": 5.0, "cnn": 2.0}
RSS_LIMIT_MB = 300
# Runs argv[1:] as a child and prints its peak RSS in KiB (ru_maxrss) on stderr.
PEAK_RSS_WRAPPER = """import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"peak_rss_kib={usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def images(name):
    with gzip.open(DATA + name) as f:
        return torch.from_numpy(np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28).copy())


def labels(name):
    with gzip.open(DATA + name) as f:
        return torch.from_numpy(np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64))


def torch_network(model):
    nn = torch.nn
    if model == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    return nn.Sequential(nn.Conv2d(1, 16, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(16 * 13 * 13, 10))


def torch_epoch(model, data):
    """Seconds of one training epoch, and the test accuracy after it."""
    train_x, train_y, test_x, test_y = data
    torch.manual_seed(1)
    network = torch_network(model)
    optimiser = torch.optim.SGD(network.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)
    loss = torch.nn.CrossEntropyLoss()
    order = torch.randperm(len(train_x))
    start = time.perf_counter()
    for first in range(0, len(train_x), BATCH):
        rows = order[first:first + BATCH]
        x = train_x[rows].float() / 255
        optimiser.zero_grad()
        loss(network(x), train_y[rows]).backward()
        optimiser.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        predicted = network(test_x.float() / 255).argmax(1)
    return seconds, (predicted == test_y).float().mean().item()


def neurone_epoch(cli, model):
    """Seconds of one training epoch, the test accuracy, and the process's peak RSS in MB."""
    command = [cli, "train", "--dataset", "fashion-mnist", "--model", model, "--epochs", "1",
               "--batch", str(BATCH), "--optimizer", "momentum", "--lr", str(LEARNING_RATE),
               "--momentum", str(MOMENTUM), "--val", "0", "--threads", str(THREADS)]
    # A process's peak RSS counts what it had before exec, so a child forked from this (large)
    # interpreter would report PyTorch's memory: a fresh small interpreter forks neurone-cli.
    result = subprocess.run([sys.executable, "-c", PEAK_RSS_WRAPPER, *command], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed with status {result.returncode}: {result.stderr}")
    done = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{") and '"done"' in line][-1]
    peak_kib = int(result.stderr.strip().splitlines()[-1].split("=")[1])
    return done["seconds"], done["test_acc"], peak_kib / 1024


def main():
    arguments = sys.argv[1:]
    repeats = 1
    if "--repeats" in arguments:
        at = arguments.index("--repeats")
        repeats = int(arguments[at + 1])
        del arguments[at:at + 2]
    cli = arguments[0] if arguments else "build/bin/neurone-cli"

    torch.set_num_threads(THREADS)
    data = (images("train-images-idx3-ubyte.gz"), labels("train-labels-idx1-ubyte.gz"),
            images("t10k-images-idx3-ubyte.gz"), labels("t10k-labels-idx1-ubyte.gz"))
    print(f"PyTorch {torch.__version__}, {THREADS} threads on {os.cpu_count()} CPUs, "
          f"load average before: {os.getloadavg()[0]:.2f}, fastest of {repeats}")
    header = f"{'model':<6}{'pytorch s':>10}{'neurone s':>10}{'speedup':>9}{'target':>8}" \
             f"{'torch acc':>10}{'neurone acc':>12}{'neurone RSS MB':>15}  verdict"
    print(header)
    failures = []
    results = {}
    for model in ("mlp", "cnn"):
        torch_runs = [torch_epoch(model, data) for _ in range(repeats)]
        neurone_runs = [neurone_epoch(cli, model) for _ in range(repeats)]
        torch_seconds, torch_accuracy = min(torch_runs)
        neurone_seconds, neurone_accuracy, _ = min(neurone_runs)
        rss = max(run[2] for run in neurone_runs)
        speedup = torch_seconds / neurone_seconds
        target = TARGET_SPEEDUP[model]
        ok = speedup >= target and rss < RSS_LIMIT_MB
        if speedup < target:
            failures.append(f"{model}: {speedup:.2f}x, below {target:g}x")
        if rss >= RSS_LIMIT_MB:
            failures.append(f"{model}: peak RSS {rss:.0f} MB, not under {RSS_LIMIT_MB} MB")
        print(f"{model:<6}{torch_seconds:>10.2f}{neurone_seconds:>10.2f}{speedup:>8.2f}x{target:>7g}x"
              f"{torch_accuracy:>10.4f}{neurone_accuracy:>12.4f}{rss:>15.0f}  {'ok' if ok else 'MISSED'}")
        results[model] = {"pytorch_seconds": round(torch_seconds, 3), "neurone_seconds": round(neurone_seconds, 3),
                          "speedup": round(speedup, 2), "target_speedup": target,
                          "pytorch_test_accuracy": round(torch_accuracy, 4),
                          "neurone_test_accuracy": round(neurone_accuracy, 4), "neurone_peak_rss_mb": round(rss, 1)}
    print(json.dumps(results))
    if failures:
        print("missed: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
