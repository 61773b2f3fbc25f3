// The keyword page's data: a folder of recordings (io::KeywordRecordings) and the vocabulary
// kept beside them in <folder>/vocabulary.txt ("word<TAB>service" per line, written atomically
// with QSaveFile). Every edit goes through here, so the vocabulary, its file and the keyword
// folders never disagree; the undo commands (RecordingCommands.h) call the same functions.
#pragma once

#include "audio/AudioClip.h"
#include "audio/KeywordVocabulary.h"
#include "io/KeywordRecordings.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <optional>
#include <variant>
#include <vector>

class KeywordLibrary : public QObject {
    Q_OBJECT
public:
    explicit KeywordLibrary(QObject* parent = nullptr);

    // Reads <folder>/vocabulary.txt (the course's 12 keywords when there is none).
    void setFolder(const QString& folder);
    const QString& folder() const { return recordings_.folder(); }
    const neurone::KeywordVocabulary& vocabulary() const { return vocabulary_; }
    std::vector<io::Recording> recordings() const { return recordings_.list(); }

    // Each returns "" when done, else the problem (nothing changed then).
    QString setVocabulary(const neurone::KeywordVocabulary& vocabulary);
    QString addKeyword(const neurone::Keyword& keyword, std::optional<std::size_t> position = std::nullopt);
    QString renameKeyword(const QString& from, const QString& to);
    QString removeKeyword(const QString& word);

    std::variant<io::Recording, QString> addRecording(const QString& label, const QString& speaker,
                                                      const neurone::AudioClip& clip);
    QString removeRecording(const io::Recording& recording);
    // Recordings were added behind the library's back (an import in another thread).
    void notifyRecordingsChanged() { emit recordingsChanged(); }

signals:
    void vocabularyChanged(const neurone::KeywordVocabulary& vocabulary);
    void recordingsChanged();

private:
    QString commit(const neurone::KeywordVocabulary& vocabulary);

    io::KeywordRecordings recordings_;
    neurone::KeywordVocabulary vocabulary_ = neurone::KeywordVocabulary::course();
};

// The vocabulary saved in a folder, or nothing when it has no vocabulary.txt.
std::optional<neurone::KeywordVocabulary> readVocabularyFile(const QString& folder);
// "" when written, else why not.
QString writeVocabularyFile(const QString& folder, const neurone::KeywordVocabulary& vocabulary);
