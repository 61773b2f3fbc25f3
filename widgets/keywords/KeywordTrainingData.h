// What the Train page learns from: the recordings of a folder, split into the recordings to
// train on and those held out for the evaluation, either every 5th recording of each class or
// all the recordings of one speaker (a voice the model has never heard).
#pragma once

#include "audio/KeywordDataset.h"
#include "audio/KeywordVocabulary.h"
#include "io/KeywordRecordings.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <variant>
#include <vector>

struct KeywordTrainingOptions {
    QString heldOutSpeaker;  // empty: every 5th recording of each class
    int copies = 2;          // augmented copies of each training recording
    int epochs = 15;
    bool transfer = true;    // start from the base model
    bool unfreezeAll = false;
    std::uint32_t seed = 1;
};

struct HeldOutSplit {
    std::vector<neurone::LabelledClip> train;
    std::vector<neurone::LabelledClip> heldOut;
};

inline constexpr int heldOutEvery = 5;
inline constexpr int minimumPerClass = 2;

// The recordings whose label is one of the classes (others are ignored).
std::vector<io::Recording> usableRecordings(const std::vector<io::Recording>& recordings,
                                            const std::vector<std::string>& classNames);
// What to record before training can start ("" when there is enough): at least two classes
// with recordings, and each class that has recordings at least `minimumPerClass` of them.
QString recordingsProblem(const std::vector<io::Recording>& usable, const std::vector<std::string>& classNames);
// The speakers named in the recordings, sorted.
QStringList speakersOf(const std::vector<io::Recording>& recordings);
// Every 5th clip of each class (the 5th, 10th, …), or the speaker's clips, held out.
HeldOutSplit splitHeldOut(std::vector<neurone::LabelledClip> clips, const QString& heldOutSpeaker);
