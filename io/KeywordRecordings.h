// The user's recordings: one WAV per example, in <folder>/<keyword>/<speaker>-<yyyyMMdd-hhmmsszzz>.wav
// (folder: QStandardPaths::AppDataLocation + "/keywords" by default). Each example is written at
// once and atomically, so nothing recorded is lost if the app is killed. A folder of
// recordings is also a dataset: the CLI's labels.csv ("file,label[,speaker]") describes one
// folder the same way.
#pragma once

#include "audio/AudioClip.h"
#include "audio/KeywordDataset.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace io {

struct Recording {
    QString path;
    QString label;   // keyword, "silence" or "unknown"
    QString speaker; // may be empty
};

class KeywordRecordings {
public:
    // Default: QStandardPaths::AppDataLocation + "/keywords".
    static QString defaultFolder();
    explicit KeywordRecordings(QString folder = defaultFolder());

    const QString& folder() const { return folder_; }
    // Every recording under the folder, sorted by label then path.
    std::vector<Recording> list() const;
    std::vector<Recording> list(const QString& label) const;
    // Saves one example (atomically); the recording, or why it could not be saved.
    std::variant<Recording, QString> add(const QString& label, const QString& speaker, const neurone::AudioClip& clip);
    // Empty when removed, else why not.
    QString remove(const Recording& recording);
    // Moves a keyword's folder when it is renamed (empty when done, else why not).
    QString renameLabel(const QString& from, const QString& to);

private:
    QString folder_;
};

// A dataset folder described by DIR/labels.csv (header "file,label" and optionally ",speaker";
// paths relative to DIR). The recordings, or the first problem ("labels.csv line 4: …").
std::variant<std::vector<Recording>, QString> readLabelsCsv(const QString& folder);
// The recordings read as 16 kHz clips labelled by their index in `classNames`, or the first
// problem: a file that cannot be read, or a label that is not one of the classes (naming it).
std::variant<std::vector<neurone::LabelledClip>, QString> readLabelledClips(const std::vector<Recording>& recordings,
                                                                            const std::vector<std::string>& classNames);
// Writes DIR/labels.csv for recordings under DIR (atomically); empty when done.
QString writeLabelsCsv(const QString& folder, const std::vector<Recording>& recordings);

} // namespace io
