// The recordings listed per class: each keyword (with its service), then silence and unknown,
// and any other folder found on disk; under each, its recordings with speaker and duration.
#pragma once

#include "audio/KeywordVocabulary.h"
#include "io/KeywordRecordings.h"

#include <QTreeWidget>

#include <optional>
#include <vector>

class RecordingsTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit RecordingsTree(QWidget* parent = nullptr);

    // Rebuilds the tree, keeping the selection and the expanded keywords.
    void setContents(const neurone::KeywordVocabulary& vocabulary, const std::vector<io::Recording>& recordings);
    // The selected keyword row's class, or the class of the selected recording ("" if none).
    QString selectedClass() const;
    std::optional<io::Recording> selectedRecording() const;
    void selectClass(const QString& name);
    void selectRecording(const QString& path);
    int recordingCount(const QString& className) const;

private:
    QTreeWidgetItem* classItem(const QString& name) const;
};

// The seconds of a recording written by io::writeWavFile (16-bit mono PCM at 16 kHz, a 44-byte
// header), from its size: listing hundreds of recordings must not read them.
double recordingSeconds(const QString& path);
