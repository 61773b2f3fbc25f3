// Fashion-MNIST (Zalando, MIT), the data of seed 002's CNN: 28×28 grey images of clothes,
// 60,000 for training and 10,000 for testing, in IDX files (see Idx.h), as Debian's
// dataset-fashion-mnist installs them in /usr/share/datasets/fashion-mnist:
//   train-images-idx3-ubyte.gz [60000 × 28 × 28]   train-labels-idx1-ubyte.gz [60000]
//   t10k-images-idx3-ubyte.gz  [10000 × 28 × 28]   t10k-labels-idx1-ubyte.gz  [10000]
// (the same names without .gz are read too). Labels 0–9 name the classes below.
#pragma once

#include "data/Dataset.h"

#include <filesystem>
#include <variant>

namespace neurone {

inline const std::filesystem::path fashionMnistSystemFolder = "/usr/share/datasets/fashion-mnist";

// T-shirt, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot.
const std::vector<std::string>& fashionMnistClassNames();

// The folder among `places` (each the folder itself or one holding fashion-mnist/) that has
// the four files.
std::optional<std::filesystem::path> findFashionMnist(const std::vector<std::filesystem::path>& places);

// Train and test sets, or "Fashion-MNIST is not installed: sudo apt-get install
// dataset-fashion-mnist", or which file is damaged and how.
std::variant<DataSplits, std::string> loadFashionMnist(const std::vector<std::filesystem::path>& places);

} // namespace neurone
