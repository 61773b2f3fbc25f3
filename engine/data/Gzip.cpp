#include "data/Gzip.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace neurone {

namespace {

// Deflate cannot expand data by more than 1032:1, so no honest output is larger.
constexpr std::uint64_t maxDeflateRatio = 1032;

// Frees zlib's state however the function returns.
struct Inflater {
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK; } // 16: gzip wrapper only
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
};

} // namespace

bool isGzip(std::span<const std::uint8_t> bytes)
{
    return bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

std::variant<Bytes, std::string> gunzip(std::span<const std::uint8_t> compressed, std::size_t maxBytes)
{
    if (!isGzip(compressed))
        return std::string("not a gzip stream (it does not start with 1f 8b)");
    if (compressed.size() > std::numeric_limits<uInt>::max())
        return std::string("compressed stream too large");
    Inflater inflater;
    if (!inflater.ready)
        return std::string("zlib could not start");
    z_stream& s = inflater.stream;
    s.next_in = const_cast<Bytef*>(compressed.data()); // zlib does not write through next_in
    s.avail_in = uInt(compressed.size());

    // First guess: the size the trailer declares, bounded by what the input could hold.
    std::uint64_t guess = 0;
    if (compressed.size() >= 18) {
        const std::uint8_t* t = compressed.data() + compressed.size() - 4;
        guess = std::uint64_t(t[0]) | std::uint64_t(t[1]) << 8 | std::uint64_t(t[2]) << 16 | std::uint64_t(t[3]) << 24;
    }
    guess = std::min({guess, compressed.size() * maxDeflateRatio, std::uint64_t(maxBytes)});
    Bytes out(std::size_t(std::min<std::uint64_t>(std::max<std::uint64_t>(guess, 4096), maxBytes)));
    std::size_t produced = 0;
    for (;;) {
        if (produced == out.size()) {
            if (out.size() >= maxBytes)
                return "decompresses to more than " + describeSize(maxBytes);
            out.resize(std::min<std::size_t>(std::max<std::size_t>(out.size() * 2, 4096), maxBytes));
        }
        const std::size_t room = std::min<std::size_t>(out.size() - produced, std::numeric_limits<uInt>::max());
        s.next_out = out.data() + produced;
        s.avail_out = uInt(room);
        const int status = inflate(&s, Z_NO_FLUSH);
        produced += room - s.avail_out;
        if (status == Z_STREAM_END)
            break;
        if (status == Z_BUF_ERROR && s.avail_in == 0)
            return std::string("truncated (the compressed stream ends early)");
        if (status != Z_OK && status != Z_BUF_ERROR)
            return std::string("corrupt compressed data") + (s.msg ? std::string(": ") + s.msg : std::string());
        if (s.avail_in == 0 && s.avail_out != 0)
            return std::string("truncated (the compressed stream ends early)");
    }
    if (s.avail_in != 0)
        return std::string("unexpected bytes after the compressed stream");
    out.resize(produced);
    return out;
}

} // namespace neurone
