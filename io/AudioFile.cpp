#include "io/AudioFile.h"

#include "audio/Pcm16.h"
#include "audio/Resample.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <memory>

namespace io {

namespace {

QString fileName(const QString& path)
{
    return QFileInfo(QDir::toNativeSeparators(path)).fileName();
}

struct SndfileCloser {
    void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

quint32 littleEndian32(const char* bytes)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes);
    return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
}

// libsndfile reads a WAV whose data chunk declares more bytes than the file holds without
// complaint (it shortens sf_info.frames), so the chunk sizes are checked here: true when the
// "data" chunk runs past the end of the file. Sizes 0 and 0xFFFFFFFF are what streaming
// writers leave when they never come back to fix the header: not treated as truncation.
bool wavDataChunkIsTruncated(QIODevice& file)
{
    const qint64 fileSize = file.size();
    if (!file.seek(0))
        return false;
    const QByteArray riff = file.read(12);
    if (riff.size() < 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return false;
    qint64 position = 12;
    while (position + 8 <= fileSize) {
        file.seek(position);
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return false;
        const qint64 size = littleEndian32(header.constData() + 4);
        if (header.startsWith("data"))
            return size != 0 && size != 0xFFFFFFFF && position + 8 + size > fileSize;
        position += 8 + size + (size & 1);
    }
    return false;
}

// Reads every frame, mixing to mono chunk by chunk so that many channels never need a
// buffer of the whole interleaved file. Returns the mono samples at the file's rate.
std::vector<float> readMono(SNDFILE* file, const SF_INFO& info)
{
    constexpr sf_count_t chunkFrames = 1 << 15;
    std::vector<float> mono;
    mono.reserve(std::size_t(std::min<sf_count_t>(info.frames, sf_count_t(1) << 24))); // a damaged header may lie
    std::vector<float> chunk(std::size_t(chunkFrames * info.channels));
    for (;;) {
        const sf_count_t read = sf_readf_float(file, chunk.data(), chunkFrames);
        if (read <= 0)
            break;
        const std::vector<float> part = neurone::mixToMono(std::span<const float>(chunk.data(), std::size_t(read * info.channels)), info.channels);
        mono.insert(mono.end(), part.begin(), part.end());
    }
    return mono;
}

// Float files may hold values beyond ±1 (and even NaN); sinc resampling overshoots on clipped
// sound. The clip promises [−1, 1].
void clampToUnit(std::vector<float>& samples)
{
    for (float& s : samples)
        s = std::isfinite(s) ? std::clamp(s, -1.0f, 1.0f) : 0.0f;
}

// In-memory file for sf_open_virtual: libsndfile seeks back to fill the WAV header sizes.
struct MemoryFile {
    QByteArray bytes;
    sf_count_t position = 0;
};

SF_VIRTUAL_IO memoryIo()
{
    SF_VIRTUAL_IO io{};
    io.get_filelen = [](void* user) -> sf_count_t { return static_cast<MemoryFile*>(user)->bytes.size(); };
    io.seek = [](sf_count_t offset, int whence, void* user) -> sf_count_t {
        auto* f = static_cast<MemoryFile*>(user);
        const sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? f->position : f->bytes.size();
        f->position = std::max<sf_count_t>(0, base + offset);
        return f->position;
    };
    io.read = [](void* ptr, sf_count_t count, void* user) -> sf_count_t {
        auto* f = static_cast<MemoryFile*>(user);
        const sf_count_t n = std::clamp<sf_count_t>(f->bytes.size() - f->position, 0, count);
        std::memcpy(ptr, f->bytes.constData() + f->position, std::size_t(n));
        f->position += n;
        return n;
    };
    io.write = [](const void* ptr, sf_count_t count, void* user) -> sf_count_t {
        auto* f = static_cast<MemoryFile*>(user);
        if (f->position + count > f->bytes.size())
            f->bytes.resize(qsizetype(f->position + count));
        std::memcpy(f->bytes.data() + f->position, ptr, std::size_t(count));
        f->position += count;
        return count;
    };
    io.tell = [](void* user) -> sf_count_t { return static_cast<MemoryFile*>(user)->position; };
    return io;
}

// The WAV bytes, or an empty array with `error` set.
QByteArray encodeWav(const neurone::AudioClip& clip, QString& error)
{
    MemoryFile memory;
    SF_VIRTUAL_IO io = memoryIo();
    SF_INFO info{};
    info.samplerate = clip.sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SndfilePtr file(sf_open_virtual(&io, SFM_WRITE, &info, &memory));
    if (!file) {
        error = QString::fromUtf8(sf_strerror(nullptr));
        return {};
    }
    const std::vector<std::int16_t> pcm = neurone::toPcm16(clip.samples); // read back exactly as written
    if (sf_writef_short(file.get(), pcm.data(), sf_count_t(pcm.size())) != sf_count_t(pcm.size())) {
        error = QString::fromUtf8(sf_strerror(file.get()));
        return {};
    }
    file.reset(); // sf_close writes the final header sizes
    return memory.bytes;
}

// What both readers share once libsndfile has opened the sound: the checks on its header,
// then every frame, mixed to mono and resampled. `raw` is the file's bytes, for the WAV
// truncation check.
std::variant<neurone::AudioClip, QString> decode(SNDFILE* file, const SF_INFO& info, QIODevice& raw,
                                                const QString& name, int rate)
{
    if (info.frames <= 0 || info.samplerate <= 0 || info.channels <= 0)
        return QCoreApplication::translate("AudioFile", "%1 contains no sound.").arg(name);
    if (double(info.frames) / info.samplerate > maxAudioFileSeconds)
        return QCoreApplication::translate("AudioFile", "%1 lasts %2 minutes; Neurone opens files of up to %3 minutes.")
            .arg(name)
            .arg(double(info.frames) / info.samplerate / 60.0, 0, 'f', 1)
            .arg(maxAudioFileSeconds / 60.0);
    if ((info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_WAV && wavDataChunkIsTruncated(raw))
        return QCoreApplication::translate("AudioFile", "%1 is truncated: its header declares more sound than the file holds.").arg(name);
    try {
        neurone::AudioClip clip{readMono(file, info), info.samplerate};
        if (sf_count_t(clip.samples.size()) < info.frames)
            return QCoreApplication::translate("AudioFile", "%1 is truncated: %2 of the %3 samples its header declares could be read (%4).")
                .arg(name)
                .arg(clip.samples.size())
                .arg(info.frames)
                .arg(QString::fromUtf8(sf_strerror(file)));
        clip = neurone::resampled(clip, rate);
        clampToUnit(clip.samples);
        return clip;
    } catch (const std::exception& e) {
        return QCoreApplication::translate("AudioFile", "%1 cannot be converted to %2 Hz mono: %3").arg(name).arg(rate).arg(QString::fromUtf8(e.what()));
    }
}

QString notAudio(const QString& name)
{
    return QCoreApplication::translate("AudioFile", "%1 is not an audio file Neurone can read (%2).").arg(name, QString::fromUtf8(sf_strerror(nullptr)));
}

} // namespace

std::variant<neurone::AudioClip, QString> readAudioFile(const QString& path, int rate)
{
    const QString name = fileName(path);
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return QCoreApplication::translate("AudioFile", "%1 does not exist.").arg(name);
    if (fileInfo.size() == 0)
        return QCoreApplication::translate("AudioFile", "%1 is empty.").arg(name);
    SF_INFO info{};
    SndfilePtr file(sf_open(QFile::encodeName(path).constData(), SFM_READ, &info));
    if (!file)
        return notAudio(name);
    QFile raw(path);
    raw.open(QIODevice::ReadOnly); // when it fails, the truncation check reads nothing
    return decode(file.get(), info, raw, name, rate);
}

std::variant<neurone::AudioClip, QString> readAudioData(const QByteArray& bytes, const QString& name, int rate)
{
    if (bytes.isEmpty())
        return QCoreApplication::translate("AudioFile", "%1 is empty.").arg(name);
    MemoryFile memory{bytes, 0};
    SF_VIRTUAL_IO io = memoryIo();
    SF_INFO info{};
    SndfilePtr file(sf_open_virtual(&io, SFM_READ, &info, &memory));
    if (!file)
        return notAudio(name);
    QBuffer raw(&memory.bytes);
    raw.open(QIODevice::ReadOnly);
    return decode(file.get(), info, raw, name, rate);
}

QString writeWavFile(const QString& path, const neurone::AudioClip& clip)
{
    const QString name = fileName(path);
    if (clip.sampleRate <= 0)
        return QCoreApplication::translate("AudioFile", "%1 cannot be written: the recording has no sample rate.").arg(name);
    QString error;
    const QByteArray bytes = encodeWav(clip, error);
    if (bytes.isEmpty())
        return QCoreApplication::translate("AudioFile", "%1 cannot be written: %2").arg(name, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("AudioFile", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("AudioFile", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace io
