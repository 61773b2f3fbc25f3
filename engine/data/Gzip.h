// gzip (RFC 1952) decompression through zlib's inflate, for the .gz dataset files:
//   bytes 0–1 = 1f 8b, a deflate stream, then CRC32 and ISIZE (size mod 2³²), checked by zlib.
// The output never grows past `maxBytes`; the compressed stream must end exactly at the end
// of the input (one member, nothing after it).
#pragma once

#include "data/FileBytes.h"

#include <span>

namespace neurone {

bool isGzip(std::span<const std::uint8_t> bytes);

// The decompressed bytes, or why not ("truncated", "corrupt: incorrect data check", "more than …").
std::variant<Bytes, std::string> gunzip(std::span<const std::uint8_t> compressed, std::size_t maxBytes);

} // namespace neurone
