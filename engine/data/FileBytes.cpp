#include "data/FileBytes.h"

#include <fstream>
#include <system_error>

namespace neurone {

std::string describeSize(std::uint64_t bytes)
{
    if (bytes >= (std::uint64_t(1) << 20) && bytes % (std::uint64_t(1) << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

std::variant<Bytes, std::string> readFileBytes(const std::filesystem::path& path, std::size_t maxBytes)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return path.string() + (std::filesystem::exists(path, error) ? " is not a regular file" : " does not exist");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return "cannot read the size of " + path.string() + ": " + error.message();
    if (size > maxBytes)
        return path.string() + " is larger than " + describeSize(maxBytes);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return "cannot open " + path.string();
    Bytes bytes(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(bytes.size()));
    if (std::size_t(in.gcount()) != bytes.size())
        return "cannot read " + path.string() + " (it changed while being read)";
    return bytes;
}

} // namespace neurone
