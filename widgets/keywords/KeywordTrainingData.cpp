#include "keywords/KeywordTrainingData.h"

#include "io/AudioFile.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace {

int classIndex(const QString& label, const std::vector<std::string>& classNames)
{
    const auto at = std::find(classNames.begin(), classNames.end(), label.toStdString());
    return at == classNames.end() ? -1 : int(at - classNames.begin());
}

} // namespace

std::vector<io::Recording> usableRecordings(const std::vector<io::Recording>& recordings,
                                            const std::vector<std::string>& classNames)
{
    std::vector<io::Recording> usable;
    std::copy_if(recordings.begin(), recordings.end(), std::back_inserter(usable),
                 [&](const io::Recording& r) { return classIndex(r.label, classNames) >= 0; });
    return usable;
}

QString recordingsProblem(const std::vector<io::Recording>& usable, const std::vector<std::string>& classNames)
{
    std::map<QString, int> counts;
    for (const io::Recording& recording : usable)
        ++counts[recording.label];
    if (counts.size() < 2)
        return QCoreApplication::translate("KeywordTrainingData",
                                           "Record at least %1 examples of two keywords (or of a keyword and "
                                           "silence or unknown) on the Recordings page before training.")
            .arg(minimumPerClass);
    QStringList few;
    for (const std::string& name : classNames) {
        const auto found = counts.find(QString::fromStdString(name));
        if (found != counts.end() && found->second < minimumPerClass)
            few << QCoreApplication::translate("KeywordTrainingData", "«%1» (%n recorded)", nullptr, found->second)
                       .arg(found->first);
    }
    if (few.isEmpty())
        return {};
    return QCoreApplication::translate("KeywordTrainingData", "Record at least %1 examples of each keyword you use. "
                                                              "Still to record: %2.")
        .arg(minimumPerClass)
        .arg(few.join(QStringLiteral(", ")));
}

QStringList speakersOf(const std::vector<io::Recording>& recordings)
{
    std::set<QString> speakers;
    for (const io::Recording& recording : recordings)
        if (!recording.speaker.isEmpty())
            speakers.insert(recording.speaker);
    return QStringList(speakers.begin(), speakers.end());
}


HeldOutSplit splitHeldOut(std::vector<neurone::LabelledClip> clips, const QString& heldOutSpeaker)
{
    HeldOutSplit split;
    std::map<int, int> seen; // per class
    const std::string speaker = heldOutSpeaker.toStdString();
    for (neurone::LabelledClip& clip : clips) {
        const int n = ++seen[clip.label];
        const bool held = speaker.empty() ? n % heldOutEvery == 0 : clip.speaker == speaker;
        (held ? split.heldOut : split.train).push_back(std::move(clip));
    }
    return split;
}
