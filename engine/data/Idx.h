// IDX files, the format of MNIST and Fashion-MNIST (LeCun's "idx1-ubyte", "idx3-ubyte"):
//   bytes 0–1   0x00 0x00                          magic
//   byte  2     element type, 0x08 = unsigned byte (the only type read here)
//   byte  3     D, the number of dimensions (1 to 4 accepted)
//   4 … 4+4D    D sizes, uint32 big-endian         e.g. 60000, 28, 28
//   then        ∏ sizes bytes, row-major           (the last size varies fastest)
// Nothing is trusted: a file whose sizes do not match its length exactly, or declare more
// than `maxIdxValues`, is refused with the reason, before any allocation.
// Files may be gzipped (.gz, as Debian ships Fashion-MNIST): loadIdxFile inflates them first.
#pragma once

#include "data/FileBytes.h"

#include <filesystem>
#include <span>

namespace neurone {

inline constexpr std::uint64_t maxIdxValues = std::uint64_t(1) << 28; // 256 Mi bytes of values
inline constexpr int maxIdxDimensions = 4;

struct IdxArray {
    std::vector<std::uint32_t> sizes; // [D]
    Bytes values;                      // [∏ sizes], row-major

    std::uint32_t count() const { return sizes.empty() ? 0 : sizes.front(); } // first dimension
    std::size_t itemSize() const { return sizes.empty() ? 0 : values.size() / sizes.front(); }
};

// Parses an IDX file held in memory; the overload taking a vector reuses its storage.
std::variant<IdxArray, std::string> parseIdx(std::span<const std::uint8_t> bytes);
std::variant<IdxArray, std::string> parseIdx(Bytes&& bytes);

// Reads `path` (gzipped or not) and parses it; messages start with the file's name.
std::variant<IdxArray, std::string> loadIdxFile(const std::filesystem::path& path);

} // namespace neurone
