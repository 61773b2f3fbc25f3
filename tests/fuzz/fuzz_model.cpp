// Model files (.neurone): accepted → the network runs on a zero input of the model's shape,
// gives finite outputs of the declared size, and the model survives a save/load round trip.
// Each input is tried as it is (mostly refused by the CRC-32) and with its last 4 bytes
// replaced by the right CRC-32, so that the fuzzer reaches the header and tensor checks.
#include "FuzzCheck.h"
#include "model/ModelFile.h"

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

void parseAndCheck(std::string_view bytes)
{
    auto parsed = neurone::parseModelFile(bytes);
    auto* file = std::get_if<neurone::ModelFile>(&parsed);
    if (!file) {
        FUZZ_CHECK(!std::get<std::string>(parsed).empty());
        return;
    }
    neurone::Model& model = file->model;
    const int outputs = model.outputs();
    FUZZ_CHECK(outputs > 0);
    const neurone::Batch input = neurone::Batch::Zero(1, model.input.size()); // [1 × C·H·W]
    const neurone::Batch output = model.network.predict(input);
    FUZZ_CHECK(output.rows() == 1 && output.cols() == outputs && output.allFinite());
    const auto again = neurone::parseModelFile(neurone::serializeModelFile(*file));
    FUZZ_CHECK(std::holds_alternative<neurone::ModelFile>(again));
    FUZZ_CHECK(std::get<neurone::ModelFile>(again).model.outputs() == outputs);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    parseAndCheck(std::string_view(reinterpret_cast<const char*>(data), size));
    if (size < 4)
        return 0;
    std::string fixed(reinterpret_cast<const char*>(data), size);
    const uLong crc = crc32(0L, data, uInt(size - 4));
    for (int i = 0; i < 4; ++i)
        fixed[size - 4 + std::size_t(i)] = char((crc >> (8 * i)) & 0xFF); // little-endian
    parseAndCheck(fixed);
    return 0;
}
