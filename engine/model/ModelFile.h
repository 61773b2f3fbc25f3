// The model file (.neurone), in the manner of llm.c's checkpoints: a versioned header, then
// raw floats, checked on load. All integers and floats little-endian.
//   offset 0        8 bytes   magic "NEURONE\0"
//   offset 8        uint32    format version (modelFormatVersion)
//   offset 12       uint32    H, the length of the text header
//   offset 16       H bytes   text header, UTF-8, one "key=value" per line:
//                               layers=conv2d 3x3x16, relu, maxpool 2, flatten, dense 10, softmax
//                               input=1x28x28
//                               class=T-shirt            (one line per class, in order)
//                               setting.loss=ce          (training settings, free keys)
//                               epoch=1 train_loss=0.41 train_acc=0.85 val_loss=… seconds=…
//                             unknown keys are ignored (newer files of the same version)
//   then            uint32    T, the number of parameter tensors
//   T times         uint32 rows, uint32 cols, rows·cols float32   (row-major, as the layers
//                             hold them: Dense W [in × out], b [1 × out]; Conv2D W [K × C·F·F])
//   last 4 bytes    uint32    CRC-32 (zlib's, IEEE 802.3) of every byte before it
// Loading refuses, with the reason: another magic, another version, a checksum mismatch
// (any damaged byte, a truncated file), a header or tensor that does not fit the layer list,
// non-finite weights, bytes after the last tensor, weights so large that the outputs on an
// all-zeros or all-ones input are not finite. Bytes in, bytes out: the caller writes
// them atomically (QSaveFile).
#pragma once

#include "model/Model.h"
#include "train/EpochMetrics.h"

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace neurone {

inline constexpr char modelFileMagic[8] = {'N', 'E', 'U', 'R', 'O', 'N', 'E', '\0'};
inline constexpr std::uint32_t modelFormatVersion = 1;
inline constexpr std::uint32_t maxModelHeaderBytes = 1u << 20;

struct ModelFile {
    Model model;
    std::vector<std::pair<std::string, std::string>> settings; // "loss" → "ce", in order
    std::vector<EpochMetrics> history;
};

std::string serializeModelFile(const ModelFile& file);
// The model, or why the bytes are not a model this version can read.
std::variant<ModelFile, std::string> parseModelFile(std::string_view bytes);

} // namespace neurone
