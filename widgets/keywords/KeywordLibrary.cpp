#include "keywords/KeywordLibrary.h"

#include "common/Sentence.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {

const QString vocabularyFileName = QStringLiteral("vocabulary.txt");

QString problemText(const std::optional<std::string>& problem)
{
    return problem ? QString::fromStdString(*problem) : QString();
}

} // namespace

KeywordLibrary::KeywordLibrary(QObject* parent)
    : QObject(parent)
{
}

void KeywordLibrary::setFolder(const QString& folder)
{
    recordings_ = io::KeywordRecordings(folder);
    vocabulary_ = readVocabularyFile(folder).value_or(neurone::KeywordVocabulary::course());
    emit vocabularyChanged(vocabulary_);
    emit recordingsChanged();
}

QString KeywordLibrary::commit(const neurone::KeywordVocabulary& vocabulary)
{
    if (const QString problem = writeVocabularyFile(folder(), vocabulary); !problem.isEmpty())
        return problem;
    vocabulary_ = vocabulary;
    emit vocabularyChanged(vocabulary_);
    return {};
}

QString KeywordLibrary::setVocabulary(const neurone::KeywordVocabulary& vocabulary)
{
    if (vocabulary.keywords() == vocabulary_.keywords())
        return {};
    return commit(vocabulary);
}

QString KeywordLibrary::addKeyword(const neurone::Keyword& keyword, std::optional<std::size_t> position)
{
    std::vector<neurone::Keyword> words = vocabulary_.keywords();
    neurone::KeywordVocabulary check = vocabulary_;
    if (const auto problem = check.add(keyword))
        return problemText(problem);
    const std::size_t at = std::min(position.value_or(words.size()), words.size());
    words.insert(words.begin() + std::ptrdiff_t(at), keyword);
    return commit(neurone::KeywordVocabulary(std::move(words)));
}

QString KeywordLibrary::renameKeyword(const QString& from, const QString& to)
{
    neurone::KeywordVocabulary renamed = vocabulary_;
    if (const auto problem = renamed.rename(from.toStdString(), to.trimmed().toStdString()))
        return problemText(problem);
    if (const QString problem = recordings_.renameLabel(from, to.trimmed()); !problem.isEmpty())
        return problem;
    const QString problem = commit(renamed);
    emit recordingsChanged();
    return problem;
}

QString KeywordLibrary::removeKeyword(const QString& word)
{
    neurone::KeywordVocabulary smaller = vocabulary_;
    if (const auto problem = smaller.remove(word.toStdString()))
        return problemText(problem);
    const QString problem = commit(smaller);
    emit recordingsChanged();
    return problem;
}

std::variant<io::Recording, QString> KeywordLibrary::addRecording(const QString& label, const QString& speaker,
                                                                  const neurone::AudioClip& clip)
{
    auto added = recordings_.add(label, speaker, clip);
    if (std::holds_alternative<io::Recording>(added))
        emit recordingsChanged();
    return added;
}

QString KeywordLibrary::removeRecording(const io::Recording& recording)
{
    const QString problem = recordings_.remove(recording);
    if (problem.isEmpty())
        emit recordingsChanged();
    return problem;
}

std::optional<neurone::KeywordVocabulary> readVocabularyFile(const QString& folder)
{
    QFile file(QDir(folder).filePath(vocabularyFileName));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    std::vector<neurone::Keyword> keywords;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        const QString word = fields.value(0).trimmed();
        if (!word.isEmpty())
            keywords.push_back({word.toStdString(), fields.value(1).trimmed().toInt()});
    }
    return neurone::KeywordVocabulary(std::move(keywords)); // duplicates and reserved names dropped
}

QString writeVocabularyFile(const QString& folder, const neurone::KeywordVocabulary& vocabulary)
{
    const QString path = QDir(folder).filePath(vocabularyFileName);
    QByteArray bytes;
    for (const neurone::Keyword& keyword : vocabulary.keywords())
        bytes += QString::fromStdString(keyword.word).toUtf8() + '\t' + QByteArray::number(keyword.service) + '\n';
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.commit())
        return QCoreApplication::translate("KeywordLibrary", "The vocabulary cannot be saved to %1: %2 Check that this "
                                                             "folder can be written.")
            .arg(QDir::toNativeSeparators(path), asSentence(file.errorString()));
    return {};
}
