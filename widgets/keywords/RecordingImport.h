// Importing audio files as examples of one keyword: each file (WAV, FLAC or OGG, any rate and
// channel count) is read with io::readAudioFile (16 kHz mono) and saved into the recordings
// folder. Meant to run off the GUI thread (QtConcurrent::run): it touches no widget.
#pragma once

#include <QString>
#include <QStringList>

struct ImportResult {
    QStringList added;    // paths of the new recordings
    QStringList problems; // one sentence per refused file, naming it
};

// The audio files under a folder (recursively), sorted.
QStringList audioFilesIn(const QString& folder);
ImportResult importAudioFiles(const QStringList& paths, const QString& recordingsFolder, const QString& label,
                              const QString& speaker);
