#include "data/Idx.h"

#include "data/Gzip.h"

#include <cstdio>

namespace neurone {

namespace {

struct Header {
    std::vector<std::uint32_t> sizes;
    std::size_t dataOffset = 0;
    std::uint64_t valueCount = 0;
};

std::string hexByte(std::uint8_t value)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", unsigned(value));
    return text;
}

std::variant<Header, std::string> readHeader(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < 4)
        return "too short for an IDX header (" + std::to_string(bytes.size()) + " bytes)";
    if (bytes[0] != 0 || bytes[1] != 0)
        return "not an IDX file (it starts with " + hexByte(bytes[0]) + " " + hexByte(bytes[1])
               + ", not 0x00 0x00)";
    if (bytes[2] != 0x08)
        return "IDX element type " + hexByte(bytes[2]) + " is not supported (only 0x08, unsigned bytes)";
    const int dimensions = bytes[3];
    if (dimensions < 1 || dimensions > maxIdxDimensions)
        return "IDX files with " + std::to_string(dimensions) + " dimensions are not supported (1 to "
               + std::to_string(maxIdxDimensions) + ")";
    Header header;
    header.dataOffset = 4 + 4 * std::size_t(dimensions);
    if (bytes.size() < header.dataOffset)
        return "truncated IDX header (" + std::to_string(dimensions) + " sizes announced, "
               + std::to_string(bytes.size()) + " bytes in the file)";
    header.valueCount = 1;
    for (int d = 0; d < dimensions; ++d) {
        const std::uint8_t* p = bytes.data() + 4 + 4 * d;
        const std::uint32_t size = std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
        if (size == 0)
            return "IDX dimension " + std::to_string(d + 1) + " has size 0";
        header.valueCount *= size; // ≤ maxIdxValues · 2³² at each step: no overflow in 64 bits
        if (header.valueCount > maxIdxValues)
            return "the IDX sizes declare more than " + std::to_string(maxIdxValues) + " values";
        header.sizes.push_back(size);
    }
    const std::uint64_t available = bytes.size() - header.dataOffset;
    if (available < header.valueCount)
        return "truncated: the IDX header declares " + std::to_string(header.valueCount) + " values but "
               + std::to_string(available) + " bytes follow it";
    if (available > header.valueCount)
        return "the IDX header declares " + std::to_string(header.valueCount) + " values but "
               + std::to_string(available) + " bytes follow it";
    return header;
}

} // namespace

std::variant<IdxArray, std::string> parseIdx(std::span<const std::uint8_t> bytes)
{
    auto header = readHeader(bytes);
    if (auto* error = std::get_if<std::string>(&header))
        return *error;
    const Header& h = std::get<Header>(header);
    return IdxArray{h.sizes, Bytes(bytes.begin() + std::ptrdiff_t(h.dataOffset), bytes.end())};
}

std::variant<IdxArray, std::string> parseIdx(Bytes&& bytes)
{
    auto header = readHeader(bytes);
    if (auto* error = std::get_if<std::string>(&header))
        return *error;
    Header& h = std::get<Header>(header);
    bytes.erase(bytes.begin(), bytes.begin() + std::ptrdiff_t(h.dataOffset)); // in place: no second copy
    return IdxArray{std::move(h.sizes), std::move(bytes)};
}

std::variant<IdxArray, std::string> loadIdxFile(const std::filesystem::path& path)
{
    constexpr std::size_t maxFileBytes = std::size_t(maxIdxValues) + 64;
    auto read = readFileBytes(path, maxFileBytes);
    if (auto* error = std::get_if<std::string>(&read))
        return *error;
    Bytes bytes = std::get<Bytes>(std::move(read));
    if (isGzip(bytes)) {
        auto inflated = gunzip(bytes, maxFileBytes);
        if (auto* error = std::get_if<std::string>(&inflated))
            return path.filename().string() + ": " + *error;
        bytes = std::get<Bytes>(std::move(inflated));
    }
    auto parsed = parseIdx(std::move(bytes));
    if (auto* error = std::get_if<std::string>(&parsed))
        return path.filename().string() + ": " + *error;
    return parsed;
}

} // namespace neurone
