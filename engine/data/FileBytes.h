// Reads a whole file into memory, refusing one larger than a limit (a dataset reader never
// trusts a file's size: a device, a FIFO or a huge file must not exhaust memory).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

using Bytes = std::vector<std::uint8_t>;

// The file's bytes, or why they cannot be read ("cannot open …", "… is larger than 256 MiB").
std::variant<Bytes, std::string> readFileBytes(const std::filesystem::path& path, std::size_t maxBytes);

// "12 MiB", "512 bytes": sizes in messages.
std::string describeSize(std::uint64_t bytes);

} // namespace neurone
