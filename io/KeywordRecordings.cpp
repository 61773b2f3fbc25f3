#include "io/KeywordRecordings.h"

#include "io/AudioFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace io {

namespace {

// A label or speaker as a file name: letters (accented ones too), digits, '-' and '_' are
// kept, anything else becomes '_'. NFC first, so that "é" typed either way names one folder.
QString safeName(const QString& text)
{
    QString name = text.trimmed().normalized(QString::NormalizationForm_C);
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return name;
}

// "<speaker>-<yyyyMMdd-hhmmsszzz>[-n]" → speaker ("" when the name has no speaker part).
QString speakerOf(const QString& baseName)
{
    static const QRegularExpression stamp(QStringLiteral("^(?:(.*)-)?\\d{8}-\\d{9}(?:-\\d+)?$"));
    const QRegularExpressionMatch match = stamp.match(baseName);
    return match.hasMatch() ? match.captured(1) : QString();
}

std::vector<Recording> recordingsIn(const QDir& labelDir)
{
    std::vector<Recording> recordings;
    const QFileInfoList files = labelDir.entryInfoList({QStringLiteral("*.wav"), QStringLiteral("*.WAV")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files)
        recordings.push_back({file.filePath(), labelDir.dirName(), speakerOf(file.completeBaseName())});
    return recordings;
}

QString uniqueWavPath(const QDir& dir, const QString& stem)
{
    QString path = dir.filePath(stem + QStringLiteral(".wav"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.wav").arg(stem).arg(n));
    return path;
}

bool isInside(const QString& folder, const QString& path)
{
    const QString root = QDir::cleanPath(QDir(folder).absolutePath()) + u'/';
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()).startsWith(root);
}

// One CSV line split into fields; "…" quotes may hold commas and doubled quotes.
QStringList csvFields(const QString& line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"')
            fields.last() += line[++i];
        else if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            fields.append(QString());
        else
            fields.last() += c;
    }
    for (QString& field : fields)
        field = field.trimmed();
    return fields;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString lineProblem(int number, const QString& problem)
{
    return QCoreApplication::translate("KeywordRecordings", "labels.csv line %1: %2").arg(number).arg(problem);
}

} // namespace

QString KeywordRecordings::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keywords");
}

KeywordRecordings::KeywordRecordings(QString folder)
    : folder_(std::move(folder))
{
}

std::vector<Recording> KeywordRecordings::list() const
{
    std::vector<Recording> all;
    const QStringList labels = QDir(folder_).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& label : labels) {
        const std::vector<Recording> some = recordingsIn(QDir(QDir(folder_).filePath(label)));
        all.insert(all.end(), some.begin(), some.end());
    }
    std::sort(all.begin(), all.end(), [](const Recording& a, const Recording& b) {
        return a.label != b.label ? a.label < b.label : a.path < b.path;
    });
    return all;
}

std::vector<Recording> KeywordRecordings::list(const QString& label) const
{
    const QString name = safeName(label);
    if (name.isEmpty() || !QDir(folder_).exists(name))
        return {};
    return recordingsIn(QDir(QDir(folder_).filePath(name)));
}

std::variant<Recording, QString> KeywordRecordings::add(const QString& label, const QString& speaker, const neurone::AudioClip& clip)
{
    const QString name = safeName(label);
    if (name.isEmpty())
        return QCoreApplication::translate("KeywordRecordings", "A keyword needs a name before recordings can be saved.");
    if (clip.samples.empty())
        return QCoreApplication::translate("KeywordRecordings", "The recording is empty: nothing was saved.");
    const QString dirPath = QDir(folder_).filePath(name);
    if (!QDir().mkpath(dirPath))
        return QCoreApplication::translate("KeywordRecordings", "The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dirPath));
    const QString speakerName = safeName(speaker);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmsszzz"));
    const QString stem = speakerName.isEmpty() ? stamp : speakerName + u'-' + stamp;
    const QString path = uniqueWavPath(QDir(dirPath), stem);
    if (const QString error = writeWavFile(path, clip); !error.isEmpty())
        return error;
    return Recording{path, name, speakerName};
}

QString KeywordRecordings::remove(const Recording& recording)
{
    if (!isInside(folder_, recording.path))
        return QCoreApplication::translate("KeywordRecordings", "%1 is not one of the recordings in %2.").arg(QDir::toNativeSeparators(recording.path), QDir::toNativeSeparators(folder_));
    QFile file(recording.path);
    if (!file.exists())
        return {};
    if (!file.remove())
        return QCoreApplication::translate("KeywordRecordings", "%1 cannot be removed: %2").arg(QDir::toNativeSeparators(recording.path), file.errorString());
    return {};
}

QString KeywordRecordings::renameLabel(const QString& from, const QString& to)
{
    const QString oldName = safeName(from), newName = safeName(to);
    if (newName.isEmpty())
        return QCoreApplication::translate("KeywordRecordings", "A keyword needs a name.");
    const QDir root(folder_);
    if (oldName.isEmpty() || oldName == newName || !root.exists(oldName))
        return {}; // nothing recorded under the old name: nothing to move
    if (root.exists(newName) && !QDir(root.filePath(newName)).isEmpty())
        return QCoreApplication::translate("KeywordRecordings", "There are already recordings for the keyword %1.").arg(newName);
    if (root.exists(newName))
        root.rmdir(newName);
    if (!QDir(folder_).rename(oldName, newName))
        return QCoreApplication::translate("KeywordRecordings", "The folder %1 cannot be renamed to %2.").arg(QDir::toNativeSeparators(root.filePath(oldName)), newName);
    return {};
}

std::variant<std::vector<Recording>, QString> readLabelsCsv(const QString& folder)
{
    const QDir dir(folder);
    QFile file(dir.filePath(QStringLiteral("labels.csv")));
    if (!file.exists())
        return QCoreApplication::translate("KeywordRecordings", "There is no labels.csv in %1: it should list \"file,label\" on each line.").arg(QDir::toNativeSeparators(folder));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QCoreApplication::translate("KeywordRecordings", "labels.csv in %1 cannot be read: %2").arg(QDir::toNativeSeparators(folder), file.errorString());
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u'\n');
    std::vector<Recording> recordings;
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList fields = csvFields(lines[i]);
        if (!headerSeen) {
            const QString header = fields.join(u',').toLower();
            if (header != QStringLiteral("file,label") && header != QStringLiteral("file,label,speaker"))
                return lineProblem(number, QCoreApplication::translate("KeywordRecordings", "the header should be \"file,label\" or \"file,label,speaker\", not \"%1\"").arg(lines[i].trimmed()));
            headerSeen = true;
            continue;
        }
        if (fields.size() < 2 || fields.size() > 3)
            return lineProblem(number, QCoreApplication::translate("KeywordRecordings", "expected \"file,label[,speaker]\", found %1 fields").arg(fields.size()));
        if (fields[0].isEmpty() || fields[1].isEmpty())
            return lineProblem(number, QCoreApplication::translate("KeywordRecordings", "the file name and the label cannot be empty"));
        const QString path = QDir::cleanPath(dir.filePath(fields[0]));
        if (!QFileInfo(path).isFile())
            return lineProblem(number, QCoreApplication::translate("KeywordRecordings", "%1 does not exist").arg(QDir::toNativeSeparators(path)));
        recordings.push_back({path, fields[1], fields.size() > 2 ? fields[2] : QString()});
    }
    if (recordings.empty())
        return QCoreApplication::translate("KeywordRecordings", "labels.csv in %1 lists no recordings.").arg(QDir::toNativeSeparators(folder));
    return recordings;
}

QString writeLabelsCsv(const QString& folder, const std::vector<Recording>& recordings)
{
    // Both absolute: QDir::relativeFilePath returns a relative path unchanged, so a folder given
    // as "corpus" would list "corpus/yes/1.wav", which readLabelsCsv looks for in corpus/corpus.
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    QString text = QStringLiteral("file,label,speaker\n");
    for (const Recording& r : recordings)
        text += csvField(dir.relativeFilePath(QFileInfo(r.path).absoluteFilePath())) + u',' + csvField(r.label) + u','
            + csvField(r.speaker) + u'\n';
    const QString path = dir.filePath(QStringLiteral("labels.csv"));
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("KeywordRecordings", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

std::variant<std::vector<neurone::LabelledClip>, QString> readLabelledClips(const std::vector<Recording>& recordings,
                                                                            const std::vector<std::string>& classNames)
{
    std::vector<neurone::LabelledClip> clips;
    for (const Recording& recording : recordings) {
        const auto at = std::find(classNames.begin(), classNames.end(), recording.label.toStdString());
        if (at == classNames.end())
            return QCoreApplication::translate("KeywordRecordings", "%1: the label «%2» is not one of the classes")
                .arg(recording.path, recording.label);
        auto clip = readAudioFile(recording.path);
        if (auto* problem = std::get_if<QString>(&clip))
            return *problem;
        clips.push_back({std::get<neurone::AudioClip>(std::move(clip)).samples, int(at - classNames.begin()),
                         recording.speaker.toStdString()});
    }
    return clips;
}

} // namespace io
