// The Keywords panel's Recordings page, offscreen: a recording session saves each utterance at
// once in its keyword's folder; delete and undo; renaming moves the folder; reserved names are
// refused; imports resample and refuse damaged files by name; the augmentation preview moves
// a sine's band up with the pitch and gives the original image back when nothing is changed.
#include "keywords/AugmentationPreview.h"
#include "keywords/RecordingSession.h"
#include "keywords/RecordingsTree.h"
#include "keywords/RecordingsView.h"

#include "io/AudioFile.h"
#include "io/KeywordRecordings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

#include <cmath>
#include <numbers>

namespace {

constexpr int wait = 60'000;

std::vector<float> sine(double hz, std::size_t count = 24000, int rate = 16000, double amplitude = 0.5)
{
    std::vector<float> samples(count);
    for (std::size_t i = 0; i < count; ++i)
        samples[i] = float(amplitude * std::sin(2 * std::numbers::pi * hz * double(i) / rate));
    return samples;
}

neurone::KeywordVocabulary twoWords() { return neurone::KeywordVocabulary({{"vol", 17}, {"gaz", 18}}); }

int filesIn(const QString& folder) { return int(QDir(folder).entryList({"*.wav"}, QDir::Files).size()); }

std::vector<float> samplesOf(const QString& path)
{
    auto clip = io::readAudioFile(path);
    return std::holds_alternative<neurone::AudioClip>(clip) ? std::get<neurone::AudioClip>(clip).samples
                                                            : std::vector<float>{};
}

void appendLittleEndian(QByteArray& bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}

// A 16-bit PCM WAV with `channels` identical channels.
void writePcmWav(const QString& path, int rate, int channels, const std::vector<float>& mono)
{
    QByteArray data;
    for (float x : mono)
        for (int c = 0; c < channels; ++c)
            appendLittleEndian(data, quint32(quint16(qint16(std::lround(x * 32767)))), 2);
    QByteArray bytes("RIFF");
    appendLittleEndian(bytes, quint32(36 + data.size()), 4);
    bytes += "WAVEfmt ";
    appendLittleEndian(bytes, 16, 4);
    appendLittleEndian(bytes, 1, 2);
    appendLittleEndian(bytes, quint32(channels), 2);
    appendLittleEndian(bytes, quint32(rate), 4);
    appendLittleEndian(bytes, quint32(rate * channels * 2), 4);
    appendLittleEndian(bytes, quint32(channels * 2), 2);
    appendLittleEndian(bytes, 16, 2);
    bytes += "data";
    appendLittleEndian(bytes, quint32(data.size()), 4);
    bytes += data;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

quint32 headerField(const QString& path, int offset, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(44);
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(header.at(offset + i));
    return value;
}

// The mel band with the most energy, averaged over the frames.
int strongestBand(const QCPColorMap* map)
{
    QCPColorMapData* data = map->data();
    int best = -1;
    double bestSum = -1e300;
    for (int band = 0; band < data->valueSize(); ++band) {
        double sum = 0;
        for (int frame = 0; frame < data->keySize(); ++frame)
            sum += data->cell(frame, band);
        if (sum > bestSum) {
            bestSum = sum;
            best = band;
        }
    }
    return best;
}

int strongestBand(const neurone::Batch& image)
{
    Eigen::Index best = 0;
    image.colwise().sum().maxCoeff(&best);
    return int(best);
}

} // namespace

class TestKeywordRecordings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsWithTheCourseVocabulary()
    {
        QTemporaryDir dir;
        RecordingsView view;
        view.setFolder(dir.path());
        QCOMPARE(view.vocabulary().keywords().size(), std::size_t(12));
        QCOMPARE(view.vocabulary().service("incendie"), 18);
        QCOMPARE(view.tree()->topLevelItemCount(), 14); // 12 keywords, silence, unknown
    }

    void sessionSavesEachUtteranceAtOnce()
    {
        QTemporaryDir dir;
        RecordingsView view;
        view.setFolder(dir.path());
        view.setVocabulary(twoWords());
        QSignalSpy changed(&view, &RecordingsView::recordingsChanged);
        view.addUtterance(sine(300)); // outside a session: ignored
        QCOMPARE(io::KeywordRecordings(dir.path()).list().size(), std::size_t(0));

        view.session()->setSpeaker("ana");
        view.session()->setExamplesPerKeyword(2);
        view.session()->start();
        QCOMPARE(view.session()->prompt(), QString("Say «vol»… 1/2"));
        QVERIFY(view.session()->progressText().startsWith("Example 1/4"));
        view.addUtterance(sine(300));
        QCOMPARE(filesIn(dir.filePath("vol")), 1); // saved at once
        QCOMPARE(view.session()->prompt(), QString("Say «vol»… 2/2"));
        view.addUtterance(sine(350));
        QCOMPARE(view.session()->prompt(), QString("Say «gaz»… 1/2"));
        QVERIFY(view.session()->progressText().startsWith("Example 3/4"));
        view.addUtterance(sine(400));
        view.addUtterance(sine(450));
        QVERIFY(!view.session()->active());
        view.addUtterance(sine(500)); // the session is over
        QCOMPARE(changed.count(), 4);

        QCOMPARE(filesIn(dir.filePath("vol")), 2);
        QCOMPARE(filesIn(dir.filePath("gaz")), 2);
        const std::vector<io::Recording> all = io::KeywordRecordings(dir.path()).list();
        QCOMPARE(all.size(), std::size_t(4));
        for (const io::Recording& recording : all) {
            QCOMPARE(recording.speaker, QString("ana"));
            QCOMPARE(samplesOf(recording.path).size(), std::size_t(24000));
        }
        QCOMPARE(view.tree()->recordingCount("vol"), 2);
    }

    void skipAndRedoLast()
    {
        QTemporaryDir dir;
        RecordingsView view;
        view.setFolder(dir.path());
        view.setVocabulary(twoWords());
        view.session()->setExamplesPerKeyword(2);
        view.session()->start();
        view.addUtterance(sine(300));
        view.session()->redoLast(); // the file is deleted and asked for again
        QCOMPARE(filesIn(dir.filePath("vol")), 0);
        QCOMPARE(view.session()->prompt(), QString("Say «vol»… 1/2"));
        view.session()->skip();
        view.session()->skip();
        QCOMPARE(view.session()->prompt(), QString("Say «gaz»… 1/2"));
        view.addUtterance(sine(300));
        QCOMPARE(filesIn(dir.filePath("gaz")), 1);
        view.session()->stop();
        QVERIFY(!view.session()->active());
    }

    void deleteAndUndoRestoresTheFile()
    {
        QTemporaryDir dir;
        io::KeywordRecordings recordings(dir.path());
        const std::vector<float> original = sine(440);
        QVERIFY(std::holds_alternative<io::Recording>(recordings.add("vol", "ben", {original, 16000})));
        RecordingsView view;
        view.setFolder(dir.path());
        const io::Recording recording = recordings.list().at(0);
        QCOMPARE(view.deleteRecording(recording), QString());
        QVERIFY(!QFile::exists(recording.path));
        QCOMPARE(recordings.list().size(), std::size_t(0));
        view.undoStack()->undo();
        QCOMPARE(recordings.list().size(), std::size_t(1));
        const io::Recording restored = recordings.list().at(0);
        QCOMPARE(restored.label, QString("vol"));
        QCOMPARE(restored.speaker, QString("ben"));
        const std::vector<float> back = samplesOf(restored.path);
        QCOMPARE(back.size(), original.size());
        for (std::size_t i = 0; i < back.size(); i += 997)
            QVERIFY(std::abs(back[i] - original[i]) < 1e-4f); // 16-bit PCM
        view.undoStack()->redo();
        QCOMPARE(recordings.list().size(), std::size_t(0));
    }

    // A recording that no longer reads: selecting it says what to do, and Delete (without Undo,
    // there is no sound to keep) is the way out; the good recordings stay as they were.
    void damagedRecordingCanBeDeleted()
    {
        QTemporaryDir dir;
        io::KeywordRecordings recordings(dir.path());
        auto good = recordings.add("vol", "ana", {sine(440), 16000});
        QVERIFY(std::holds_alternative<io::Recording>(good));
        const QString goodPath = std::get<io::Recording>(good).path;
        QFile goodFile(goodPath);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray goodBytes = goodFile.readAll();
        goodFile.close();
        const QString damagedPath = dir.filePath("vol/ana-damaged.wav");
        QFile damaged(damagedPath);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(goodBytes.left(30)); // cut inside the header
        damaged.close();

        RecordingsView view;
        view.setFolder(dir.path());
        QCOMPARE(view.tree()->recordingCount("vol"), 2);
        view.tree()->selectRecording(damagedPath);
        QVERIFY2(view.message().contains("ana-damaged.wav"), qPrintable(view.message()));
        QVERIFY(view.message().endsWith(" Delete this recording and record it again."));

        QCOMPARE(view.deleteRecording({damagedPath, "vol", "ana"}), QString());
        QVERIFY(!QFile::exists(damagedPath));
        QCOMPARE(view.message(), QString("Damaged recording deleted (Undo cannot bring it back: it could not be read)."));
        QCOMPARE(view.undoStack()->count(), 0);
        QCOMPARE(view.tree()->recordingCount("vol"), 1);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        QCOMPARE(goodFile.readAll(), goodBytes);
    }

    // A recordings folder that cannot be created: the session says so and asks for the word again.
    void sessionSaysWhenNothingCanBeSaved()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        RecordingsView view;
        view.setFolder(dir.filePath("not-a-folder/recordings"));
        view.session()->setExamplesPerKeyword(1);
        view.session()->start();
        const QString prompt = view.session()->prompt();
        view.addUtterance(sine(300));
        QVERIFY2(view.message().contains("cannot be created"), qPrintable(view.message()));
        QVERIFY(view.message().endsWith(QString("Check that the recordings folder can be written, then say «%1» again.")
                                            .arg(view.vocabulary().keywords().front().word.c_str())));
        QCOMPARE(view.session()->prompt(), prompt); // the same word is asked for again
        QVERIFY(view.session()->active());
    }

    void renameMovesTheFolderAndUndoMovesItBack()
    {
        QTemporaryDir dir;
        io::KeywordRecordings recordings(dir.path());
        QVERIFY(std::holds_alternative<io::Recording>(recordings.add("vol", "ana", {sine(440), 16000})));
        RecordingsView view;
        view.setFolder(dir.path());
        QSignalSpy vocabulary(&view, &RecordingsView::vocabularyChanged);
        QCOMPARE(view.renameKeyword("vol", "vols"), QString());
        QCOMPARE(vocabulary.count(), 1);
        QVERIFY(!QDir(dir.filePath("vol")).exists());
        QCOMPARE(filesIn(dir.filePath("vols")), 1);
        QVERIFY(view.vocabulary().find("vols").has_value());
        QCOMPARE(view.vocabulary().service("vols"), 17);
        view.undoStack()->undo();
        QCOMPARE(filesIn(dir.filePath("vol")), 1);
        QVERIFY(view.vocabulary().find("vol").has_value());

        // The vocabulary is kept in the folder: a new page reads it back.
        QCOMPARE(view.addKeyword("feu", 18), QString());
        QCOMPARE(view.removeKeyword("gaz"), QString());
        RecordingsView other;
        other.setFolder(dir.path());
        QCOMPARE(other.vocabulary().keywords().size(), std::size_t(12));
        QCOMPARE(other.vocabulary().service("feu"), 18);
        QVERIFY(!other.vocabulary().find("gaz"));
        view.undoStack()->undo(); // gaz comes back where it was
        QCOMPARE(view.vocabulary().find("gaz"), std::optional<std::size_t>(9));
    }

    void reservedNamesAreRefused()
    {
        QTemporaryDir dir;
        RecordingsView view;
        view.setFolder(dir.path());
        const QString problem = view.renameKeyword("vol", "silence");
        QVERIFY2(problem.contains("reserved"), qPrintable(problem));
        QCOMPARE(view.message(), problem);
        QVERIFY(view.vocabulary().find("vol").has_value());
        QVERIFY(view.addKeyword("unknown", 0).contains("reserved"));
        QVERIFY(view.addKeyword("gaz", 18).contains("already"));
        QCOMPARE(view.undoStack()->count(), 0);
    }

    void importResamplesAndRefusesDamagedFiles()
    {
        QTemporaryDir dir, source;
        RecordingsView view;
        view.setFolder(dir.path());
        const QString stereo = source.filePath("stereo-8k.wav");
        writePcmWav(stereo, 8000, 2, sine(440, 8000, 8000)); // 1 s
        const QString broken = source.filePath("broken.wav");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a sound");
        file.close();

        view.importFiles({stereo, broken}, "gaz");
        QVERIFY(view.waitUntilIdle(wait));
        const std::vector<io::Recording> all = io::KeywordRecordings(dir.path()).list();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].label, QString("gaz"));
        QCOMPARE(headerField(all[0].path, 22, 2), quint32(1));     // mono
        QCOMPARE(headerField(all[0].path, 24, 4), quint32(16000)); // 16 kHz
        QCOMPARE(samplesOf(all[0].path).size(), std::size_t(16000));
        QVERIFY2(view.message().contains("broken.wav"), qPrintable(view.message()));
        QVERIFY(view.message().contains("1 file(s) imported") || view.message().contains("1 file imported"));
        QVERIFY2(view.message().endsWith("Choose other files: WAV, FLAC or OGG recordings that play."),
                 qPrintable(view.message()));
        QCOMPARE(view.tree()->recordingCount("gaz"), 1);
    }

    void previewShowsThePitchShift()
    {
        AugmentationPreview preview;
        QSignalSpy updated(&preview, &AugmentationPreview::previewUpdated);
        preview.setClip(sine(440));
        QVERIFY(preview.waitUntilIdle(wait));
        QCOMPARE(updated.count(), 1);
        const int original = strongestBand(preview.originalMap());
        QCOMPARE(strongestBand(preview.augmentedMap()), original);
        preview.setParameters({4, 1, 0, 0});
        QVERIFY(preview.waitUntilIdle(wait));
        QCOMPARE(strongestBand(preview.originalMap()), original);
        QVERIFY2(strongestBand(preview.augmentedMap()) > original,
                 qPrintable(QString("%1 → %2").arg(original).arg(strongestBand(preview.augmentedMap()))));
        QCOMPARE(preview.augmentedWindow().size(), std::size_t(24000));

        // An octave (+12 semitones, beyond the page's ±4) moves the band ~5 mel bands up.
        const AugmentationImages octave = augmentForPreview(sine(440), {12, 1, 0, 0});
        QVERIFY(strongestBand(octave.augmentedImage) >= strongestBand(octave.original) + 4);
    }

    void neutralSettingsGiveTheOriginalImage()
    {
        AugmentationPreview preview;
        preview.setClip(sine(440));
        preview.setParameters({2, 1.2, 100, 0.02}); // something else first
        QVERIFY(preview.waitUntilIdle(wait));
        preview.setParameters({0, 1, 0, 0});
        QVERIFY(preview.waitUntilIdle(wait));
        QCPColorMapData* a = preview.originalMap()->data();
        QCPColorMapData* b = preview.augmentedMap()->data();
        QCOMPARE(a->keySize(), b->keySize());
        QCOMPARE(a->valueSize(), 40);
        for (int frame = 0; frame < a->keySize(); ++frame)
            for (int band = 0; band < a->valueSize(); ++band)
                QCOMPARE(b->cell(frame, band), a->cell(frame, band));
    }

    void selectingARecordingPreviewsIt()
    {
        QTemporaryDir dir;
        io::KeywordRecordings recordings(dir.path());
        auto added = recordings.add("vol", "ana", {sine(440), 16000});
        RecordingsView view;
        view.setFolder(dir.path());
        view.tree()->selectRecording(std::get<io::Recording>(added).path);
        QVERIFY(view.waitUntilIdle(wait));
        QCOMPARE(view.augmentationPreview()->originalMap()->data()->valueSize(), 40);
        QVERIFY(view.augmentationPreview()->originalMap()->data()->keySize() > 100);
    }
};

QTEST_MAIN(TestKeywordRecordings)
#include "test_keywordrecordings.moc"
