#include "keywords/RecordingImport.h"

#include "common/Sentence.h"
#include "io/AudioFile.h"
#include "io/KeywordRecordings.h"

#include <QDirIterator>

QStringList audioFilesIn(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.wav"), QStringLiteral("*.flac"), QStringLiteral("*.ogg"),
                             QStringLiteral("*.WAV"), QStringLiteral("*.FLAC"), QStringLiteral("*.OGG")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

ImportResult importAudioFiles(const QStringList& paths, const QString& recordingsFolder, const QString& label,
                              const QString& speaker)
{
    ImportResult result;
    io::KeywordRecordings recordings(recordingsFolder);
    for (const QString& path : paths) {
        auto clip = io::readAudioFile(path);
        if (auto* problem = std::get_if<QString>(&clip)) {
            result.problems << asSentence(*problem);
            continue;
        }
        auto added = recordings.add(label, speaker, std::get<neurone::AudioClip>(clip));
        if (auto* problem = std::get_if<QString>(&added))
            result.problems << asSentence(*problem);
        else
            result.added << std::get<io::Recording>(added).path;
    }
    return result;
}
