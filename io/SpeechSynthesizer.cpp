// espeak-ng -v fr-be+m3 -s 140 -p 50 -w /tmp/…/n.wav "incendie", `processes` at a time.
#include "io/SpeechSynthesizer.h"

#include "io/AudioFile.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <deque>
#include <memory>

namespace io {

namespace {

QString espeakProgram() { return QStandardPaths::findExecutable("espeak-ng"); }

std::unique_ptr<QProcess> startSpeaking(const SpeechRequest& request, const QString& wav)
{
    auto process = std::make_unique<QProcess>();
    const neurone::SyntheticVoice& voice = request.voice;
    process->start(espeakProgram(), {"-v", QString::fromStdString(voice.espeakVoice()), "-s",
                                     QString::number(voice.speed), "-p", QString::number(voice.pitch), "-w", wav,
                                     request.text});
    return process;
}

std::variant<neurone::AudioClip, QString> finishSpeaking(QProcess& process, const QString& wav)
{
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QCoreApplication::translate("SpeechSynthesizer", "espeak-ng failed: %1")
            .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return readAudioFile(wav);
}

} // namespace

QString speechSynthesizerProblem()
{
    if (espeakProgram().isEmpty())
        return QCoreApplication::translate("SpeechSynthesizer",
                                           "espeak-ng is not installed (sudo apt-get install espeak-ng).");
    return {};
}

std::vector<std::variant<neurone::AudioClip, QString>> speak(const std::vector<SpeechRequest>& requests, int processes)
{
    std::vector<std::variant<neurone::AudioClip, QString>> results(requests.size(), QString());
    if (const QString problem = speechSynthesizerProblem(); !problem.isEmpty()) {
        std::fill(results.begin(), results.end(), problem);
        return results;
    }
    const QTemporaryDir folder;
    struct Running {
        std::size_t index;
        std::unique_ptr<QProcess> process;
    };
    std::deque<Running> running;
    const auto wavOf = [&](std::size_t index) { return folder.filePath(QString::number(index) + ".wav"); };
    const auto finishOldest = [&] {
        Running& oldest = running.front();
        results[oldest.index] = finishSpeaking(*oldest.process, wavOf(oldest.index));
        running.pop_front();
    };
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (int(running.size()) >= std::max(1, processes))
            finishOldest();
        running.push_back({i, startSpeaking(requests[i], wavOf(i))});
    }
    while (!running.empty())
        finishOldest();
    return results;
}

} // namespace io
