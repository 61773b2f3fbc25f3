// Spoken words for the synthetic keyword corpus, from espeak-ng (a Debian package):
//   espeak-ng -v <language>+<variant> -s <speed> -p <pitch> -w <file.wav> "<word>"
// read back as 16 kHz mono (AudioFile.h). Several espeak-ng processes run at once.
#pragma once

#include "audio/AudioClip.h"
#include "audio/SyntheticCorpus.h"

#include <QString>

#include <variant>
#include <vector>

namespace io {

struct SpeechRequest {
    QString text;
    neurone::SyntheticVoice voice;
};

// Empty when espeak-ng can be run, else what to install.
QString speechSynthesizerProblem();
// One result per request, in order: the clip, or why it could not be spoken.
std::vector<std::variant<neurone::AudioClip, QString>> speak(const std::vector<SpeechRequest>& requests,
                                                             int processes = 2);

} // namespace io
