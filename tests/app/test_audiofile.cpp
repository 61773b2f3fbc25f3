// Audio files in and out (io/AudioFile) and the keyword recordings folder
// (io/KeywordRecordings): exact round trips, other rates, channel counts and formats converted
// to 16 kHz mono, damaged and foreign files refused with a reason, atomic writes.
#include "io/AudioFile.h"
#include "io/KeywordRecordings.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <numbers>

namespace {

std::vector<float> sine(double hz, double amplitude, double seconds, int rate)
{
    std::vector<float> out(std::size_t(std::lround(seconds * rate)));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = float(amplitude * std::sin(2 * std::numbers::pi * hz * double(i) / rate));
    return out;
}

// Writes interleaved frames with libsndfile itself; false when the format is not available.
bool writeWithSndfile(const QString& path, int format, int rate, int channels, const std::vector<float>& interleaved)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    const sf_count_t frames = sf_count_t(interleaved.size()) / channels;
    const bool ok = sf_writef_float(file, interleaved.data(), frames) == frames;
    return sf_close(file) == 0 && ok;
}

// The frequency (1 Hz grid, 100…2000 Hz) with the largest DFT magnitude over 8000 samples.
double dominantFrequency(const std::vector<float>& x, int rate)
{
    const std::size_t n = std::min<std::size_t>(x.size(), 8000);
    double best = 0, bestHz = 0;
    for (double hz = 100; hz <= 2000; hz += 1) {
        double re = 0, im = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double phase = 2 * std::numbers::pi * hz * double(i) / rate;
            re += x[i] * std::cos(phase);
            im -= x[i] * std::sin(phase);
        }
        if (re * re + im * im > best) {
            best = re * re + im * im;
            bestHz = hz;
        }
    }
    return bestHz;
}

double rms(const std::vector<float>& x)
{
    double sum = 0;
    for (float s : x)
        sum += double(s) * s;
    return std::sqrt(sum / double(x.size()));
}

neurone::AudioClip read(const QString& path)
{
    auto result = io::readAudioFile(path);
    if (const QString* error = std::get_if<QString>(&result)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    return std::get<neurone::AudioClip>(result);
}

// The message of a failed result, "" for a success (QVERIFY2 evaluates its message always).
template <typename Result>
QString errorOf(const Result& result)
{
    const QString* error = std::get_if<QString>(&result);
    return error ? *error : QString();
}

QString readError(const QString& path)
{
    return errorOf(io::readAudioFile(path));
}

} // namespace

class TestAudioFile : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(dir_.isValid()); }

    void writesAndReadsBackA16kHzSine()
    {
        const neurone::AudioClip clip{sine(440, 0.8, 1.0, 16000), 16000};
        const QString path = dir_.filePath("sine.wav");
        QCOMPARE(io::writeWavFile(path, clip), QString());
        const neurone::AudioClip back = read(path);
        QCOMPARE(back.sampleRate, 16000);
        QCOMPARE(back.samples.size(), clip.samples.size());
        for (std::size_t i = 0; i < clip.samples.size(); ++i)
            QVERIFY2(std::abs(back.samples[i] - clip.samples[i]) <= 1.0f / 32768, qPrintable(QString::number(i)));
    }

    void reads8kHzStereoFloatAs16kHzMono()
    {
        const std::vector<float> tone = sine(440, 0.5, 1.0, 8000);
        std::vector<float> stereo;
        for (float s : tone)
            stereo.insert(stereo.end(), {s, s});
        const QString path = dir_.filePath("stereo.wav");
        QVERIFY(writeWithSndfile(path, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 8000, 2, stereo));
        const neurone::AudioClip clip = read(path);
        QCOMPARE(clip.sampleRate, 16000);
        QVERIFY2(std::abs(long(clip.samples.size()) - 2 * long(tone.size())) <= 2, qPrintable(QString::number(clip.samples.size())));
        QCOMPARE(dominantFrequency(clip.samples, 16000), 440.0);
        QVERIFY(std::abs(rms(clip.samples) - 0.5 / std::sqrt(2.0)) < 0.01);
    }

    void readsFlacAndOggVorbis_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("FLAC 44.1 kHz") << "tone.flac" << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
        QTest::newRow("OGG/Vorbis 44.1 kHz") << "tone.ogg" << (SF_FORMAT_OGG | SF_FORMAT_VORBIS);
    }
    void readsFlacAndOggVorbis()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const QString path = dir_.filePath(name);
        QVERIFY(writeWithSndfile(path, format, 44100, 1, sine(440, 0.5, 2.0, 44100)));
        const neurone::AudioClip clip = read(path);
        QVERIFY2(std::abs(double(clip.samples.size()) - 32000) <= 320, qPrintable(QString::number(clip.samples.size())));
        QCOMPARE(dominantFrequency(clip.samples, 16000), 440.0);
    }

    // libsndfile reads a cut WAV without complaint (fewer frames, no error): AudioFile checks
    // the data chunk size itself. A cut FLAC gives fewer frames than its STREAMINFO declares.
    void refusesTruncatedFiles()
    {
        const QString wav = dir_.filePath("cut.wav");
        QCOMPARE(io::writeWavFile(wav, {sine(440, 0.5, 1.0, 16000), 16000}), QString());
        QFile wavFile(wav);
        QVERIFY(wavFile.resize(wavFile.size() / 2));
        QVERIFY2(readError(wav).contains("truncated") && readError(wav).contains("cut.wav"), qPrintable(readError(wav)));

        const QString flac = dir_.filePath("cut.flac");
        QVERIFY(writeWithSndfile(flac, SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 16000, 1, sine(440, 0.5, 2.0, 16000)));
        QFile flacFile(flac);
        QVERIFY(flacFile.resize(flacFile.size() / 2));
        QVERIFY2(readError(flac).contains("truncated"), qPrintable(readError(flac)));
    }

    void refusesFilesThatAreNotAudio()
    {
        const QString text = dir_.filePath("notes.wav");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a recording.\n");
        file.close();
        QVERIFY2(readError(text).contains("notes.wav"), qPrintable(readError(text)));

        const QString noise = dir_.filePath("random.wav");
        QFile random(noise);
        QVERIFY(random.open(QIODevice::WriteOnly));
        QRandomGenerator generator(42);
        for (int i = 0; i < 4096; ++i) {
            const quint32 word = generator.generate();
            random.write(reinterpret_cast<const char*>(&word), sizeof word);
        }
        random.close();
        QVERIFY(!readError(noise).isEmpty());

        const QString empty = dir_.filePath("empty.wav");
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY2(readError(empty).contains("empty"), qPrintable(readError(empty)));
        QVERIFY(!readError(dir_.filePath("missing.wav")).isEmpty());
    }

    void readsSilentAndClippedRecordings()
    {
        const QString silentPath = dir_.filePath("silent.wav");
        QCOMPARE(io::writeWavFile(silentPath, {std::vector<float>(16000, 0.0f), 16000}), QString());
        const neurone::AudioClip silent = read(silentPath);
        QCOMPARE(silent.samples.size(), std::size_t(16000));
        QCOMPARE(*std::max_element(silent.samples.begin(), silent.samples.end()), 0.0f);

        std::vector<float> square(16000);
        for (std::size_t i = 0; i < square.size(); ++i)
            square[i] = (i / 40) % 2 ? 1.0f : -1.0f;
        square[0] = 3.0f; // beyond full scale: clamped when written
        const QString clippedPath = dir_.filePath("clipped.wav");
        QCOMPARE(io::writeWavFile(clippedPath, {square, 16000}), QString());
        const neurone::AudioClip clipped = read(clippedPath);
        QCOMPARE(clipped.samples.size(), square.size());
        QCOMPARE(clipped.samples[0], 32767.0f / 32768);
        QCOMPARE(clipped.samples[1], -1.0f);
        QCOMPARE(clipped.samples[40], 32767.0f / 32768);
    }

    void readsThreeMinutesAndRefusesEleven()
    {
        const QString longPath = dir_.filePath("long.wav");
        QCOMPARE(io::writeWavFile(longPath, {sine(300, 0.3, 180.0, 16000), 16000}), QString());
        QVERIFY(std::abs(read(longPath).seconds() - 180.0) <= 0.01);

        const QString tooLong = dir_.filePath("too-long.wav");
        QCOMPARE(io::writeWavFile(tooLong, {std::vector<float>(11 * 60 * 1000, 0.0f), 1000}), QString());
        const QString error = readError(tooLong);
        QVERIFY2(error.contains("10 minutes") && error.contains("too-long.wav"), qPrintable(error));
    }

    void replacesAFileAtomically()
    {
        QVERIFY(QDir(dir_.path()).mkpath("atomic"));
        const QString path = dir_.filePath("atomic/replace.wav");
        QCOMPARE(io::writeWavFile(path, {sine(440, 0.5, 1.0, 16000), 16000}), QString());
        QCOMPARE(io::writeWavFile(path, {sine(440, 0.5, 0.25, 16000), 16000}), QString());
        QCOMPARE(read(path).samples.size(), std::size_t(4000));
        QCOMPARE(QDir(dir_.filePath("atomic")).entryList(QDir::Files | QDir::Hidden), QStringList{"replace.wav"}); // no temporary left

        const QString nowhere = dir_.filePath("no/such/folder/x.wav");
        QVERIFY(!io::writeWavFile(nowhere, {sine(440, 0.5, 0.1, 16000), 16000}).isEmpty());
        QVERIFY(!QFileInfo::exists(dir_.filePath("no")));
    }

    void keywordRecordingsWithAccentedLabels()
    {
        io::KeywordRecordings recordings(dir_.filePath("keywords"));
        const neurone::AudioClip clip{sine(440, 0.5, 0.5, 16000), 16000};
        const auto added = recordings.add(QStringLiteral("électrocution"), QStringLiteral("Zoé"), clip);
        QVERIFY2(std::holds_alternative<io::Recording>(added), qPrintable(errorOf(added)));
        const io::Recording first = std::get<io::Recording>(added);
        QCOMPARE(first.label, QStringLiteral("électrocution"));
        QCOMPARE(first.speaker, QStringLiteral("Zoé"));
        QVERIFY(first.path.startsWith(dir_.filePath(QStringLiteral("keywords/électrocution/Zoé-"))));
        QCOMPARE(read(first.path).samples.size(), clip.samples.size());
        // The same word typed decomposed (e + combining acute) is the same folder.
        QVERIFY(std::holds_alternative<io::Recording>(recordings.add(QStringLiteral("e\u0301lectrocution"), {}, clip)));
        QCOMPARE(recordings.list(QStringLiteral("électrocution")).size(), std::size_t(2));
        QVERIFY(std::holds_alternative<io::Recording>(recordings.add("oui", "Léo", clip)));
        const auto odd = recordings.add("a/b c", "", clip);
        QVERIFY2(std::holds_alternative<io::Recording>(odd), qPrintable(errorOf(odd)));
        QCOMPARE(std::get<io::Recording>(odd).label, QStringLiteral("a_b_c"));

        const std::vector<io::Recording> all = recordings.list();
        QCOMPARE(all.size(), std::size_t(4));
        QCOMPARE(all[0].label, QStringLiteral("a_b_c"));
        QCOMPARE(all[3].label, QStringLiteral("électrocution"));
        QCOMPARE(recordings.list("oui").front().speaker, QStringLiteral("Léo"));
        QVERIFY(!std::holds_alternative<io::Recording>(recordings.add("oui", "", {})));

        QCOMPARE(recordings.remove(first), QString());
        QVERIFY(!QFileInfo::exists(first.path));
        QCOMPARE(recordings.list(QStringLiteral("électrocution")).size(), std::size_t(1));
        QVERIFY(!recordings.remove({dir_.filePath("sine.wav"), "x", ""}).isEmpty()); // outside the folder

        QCOMPARE(recordings.renameLabel("oui", "ouï"), QString());
        QVERIFY(recordings.list("oui").empty());
        QCOMPARE(recordings.list(QStringLiteral("ouï")).size(), std::size_t(1));
        QVERIFY(!recordings.renameLabel(QStringLiteral("ouï"), QStringLiteral("électrocution")).isEmpty());
        QCOMPARE(recordings.list(QStringLiteral("ouï")).size(), std::size_t(1));
    }

    void readsLabelsCsv()
    {
        const QDir folder(dir_.filePath("dataset"));
        QVERIFY(QDir().mkpath(folder.filePath("yes")));
        const neurone::AudioClip clip{sine(440, 0.5, 0.1, 16000), 16000};
        QCOMPARE(io::writeWavFile(folder.filePath("yes/1.wav"), clip), QString());
        QCOMPARE(io::writeWavFile(folder.filePath("b, c.wav"), clip), QString());
        const QString missing = errorOf(io::readLabelsCsv(folder.path()));
        QVERIFY2(missing.contains("labels.csv"), qPrintable(missing));

        writeCsv(folder, "file,label,speaker\nyes/1.wav,yes,ana\n\n\"b, c.wav\",électrocution\n");
        const auto good = io::readLabelsCsv(folder.path());
        QVERIFY2(std::holds_alternative<std::vector<io::Recording>>(good), qPrintable(errorOf(good)));
        const std::vector<io::Recording> rows = std::get<std::vector<io::Recording>>(good);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].path, folder.filePath("yes/1.wav"));
        QCOMPARE(rows[0].speaker, QStringLiteral("ana"));
        QCOMPARE(rows[1].path, folder.filePath("b, c.wav"));
        QCOMPARE(rows[1].label, QStringLiteral("électrocution"));

        QCOMPARE(io::writeLabelsCsv(folder.path(), rows), QString());
        const auto again = io::readLabelsCsv(folder.path());
        QVERIFY(std::holds_alternative<std::vector<io::Recording>>(again));
        QCOMPARE(std::get<std::vector<io::Recording>>(again)[1].path, rows[1].path);

        // A folder named relative to the current directory (make keyword-model's build/keyword-corpus).
        const QString current = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir_.path()));
        const std::vector<io::Recording> relative = {{"dataset/yes/1.wav", "yes", ""}};
        const QString written = io::writeLabelsCsv("dataset", relative);
        const auto relativeAgain = io::readLabelsCsv("dataset");
        QVERIFY(QDir::setCurrent(current));
        QCOMPARE(written, QString());
        QVERIFY2(std::holds_alternative<std::vector<io::Recording>>(relativeAgain), qPrintable(errorOf(relativeAgain)));
        QCOMPARE(QFileInfo(std::get<std::vector<io::Recording>>(relativeAgain)[0].path).fileName(), QStringLiteral("1.wav"));
        QCOMPARE(QFileInfo(std::get<std::vector<io::Recording>>(relativeAgain)[0].path).dir().dirName(), QStringLiteral("yes"));

        writeCsv(folder, "file,label\nyes/1.wav,yes\nyes/2.wav,yes\n");
        QVERIFY2(badCsv(folder).startsWith("labels.csv line 3:") && badCsv(folder).contains("2.wav"), qPrintable(badCsv(folder)));
        writeCsv(folder, "path,word\nyes/1.wav,yes\n");
        QVERIFY2(badCsv(folder).startsWith("labels.csv line 1:"), qPrintable(badCsv(folder)));
        writeCsv(folder, "file,label\n\nyes/1.wav\n");
        QVERIFY2(badCsv(folder).startsWith("labels.csv line 3:"), qPrintable(badCsv(folder)));
        writeCsv(folder, "file,label\n");
        QVERIFY(!badCsv(folder).isEmpty());
    }

private:
    static void writeCsv(const QDir& folder, const QString& text)
    {
        QFile file(folder.filePath("labels.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
    static QString badCsv(const QDir& folder)
    {
        return errorOf(io::readLabelsCsv(folder.path()));
    }

    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestAudioFile)
#include "test_audiofile.moc"
