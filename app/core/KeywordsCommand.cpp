// keywords classify / eval, and the dispatch of the other subcommands.
#include "core/KeywordsCommand.h"

#include "io/AudioFile.h"
#include "io/KeywordRecordings.h"
#include "train/ClassificationMetrics.h"

#include <QFileInfo>

#include <map>

namespace cli {

namespace {

void addModelOption(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({"model", "the keyword model file (default: the shipped model)", "file", shippedKeywordModel});
}

QString serviceText(int service) { return service > 0 ? QString::number(service) : QString("-"); }

} // namespace

QString confidenceText(float confidence) { return QString::number(double(confidence), 'f', 3); }

std::variant<neurone::KeywordClassifier, CommandFailure> keywordClassifier(const QString& path)
{
    auto file = readModelFile(path);
    if (auto* failure = std::get_if<CommandFailure>(&file))
        return *failure;
    try {
        return neurone::KeywordClassifier(std::get<neurone::ModelFile>(std::move(file)));
    } catch (const std::exception& error) {
        return CommandFailure{BadInput, path + ": " + QString::fromStdString(error.what())};
    }
}

int runKeywordsClassify(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    addModelOption(parser);
    parser.addPositionalArgument("files", "WAV, FLAC or OGG files", "FILE…");
    if (auto done = parseArguments(parser, arguments, "keywords classify", streams))
        return *done;
    if (parser.positionalArguments().isEmpty())
        return fail({BadUsage, "keywords classify: give at least one audio file"}, streams);
    auto classifier = keywordClassifier(parser.value("model"));
    if (auto* failure = std::get_if<CommandFailure>(&classifier))
        return fail(*failure, streams);
    auto& recogniser = std::get<neurone::KeywordClassifier>(classifier);
    int code = Success;
    for (const QString& path : parser.positionalArguments()) {
        auto clip = io::readAudioFile(path);
        if (auto* problem = std::get_if<QString>(&clip)) {
            streams.err << *problem << '\n';
            code = BadInput;
            continue;
        }
        const neurone::KeywordScores s = recogniser.classifyRecording(std::get<neurone::AudioClip>(clip).samples);
        streams.out << path << '\t' << QString::fromStdString(s.keyword) << '\t' << confidenceText(s.confidence)
                    << '\t' << serviceText(s.service) << '\n';
        streams.out.flush();
    }
    return code;
}

int runKeywordsEval(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    addModelOption(parser);
    parser.addOption({"data", "a folder with audio files and labels.csv (file,label[,speaker])", "DIR"});
    if (auto done = parseArguments(parser, arguments, "keywords eval", streams))
        return *done;
    if (!parser.isSet("data"))
        return fail({BadUsage, "keywords eval: --data DIR is required"}, streams);
    auto classifier = keywordClassifier(parser.value("model"));
    if (auto* failure = std::get_if<CommandFailure>(&classifier))
        return fail(*failure, streams);
    auto& recogniser = std::get<neurone::KeywordClassifier>(classifier);
    auto listed = io::readLabelsCsv(parser.value("data"));
    if (auto* problem = std::get_if<QString>(&listed))
        return fail({BadInput, *problem}, streams);

    const std::vector<std::string>& names = recogniser.file().model.classNames;
    neurone::ConfusionMatrix confusion(int(names.size()));
    std::map<QString, std::pair<int, int>> perSpeaker; // right, total
    for (const io::Recording& recording : std::get<std::vector<io::Recording>>(listed)) {
        const auto truth = std::find(names.begin(), names.end(), recording.label.toStdString());
        if (truth == names.end())
            return fail({BadInput, recording.path + ": the label '" + recording.label + "' is not one of the model's classes"}, streams);
        auto clip = io::readAudioFile(recording.path);
        if (auto* problem = std::get_if<QString>(&clip))
            return fail({BadInput, *problem}, streams);
        const neurone::KeywordScores s = recogniser.classifyRecording(std::get<neurone::AudioClip>(clip).samples);
        const int label = int(truth - names.begin());
        confusion.add(label, s.best);
        auto& [right, total] = perSpeaker[recording.speaker];
        right += s.best == label;
        ++total;
    }
    streams.out << "accuracy\t" << number(confusion.accuracy()) << '\n' << "true\\predicted";
    for (const std::string& name : names)
        streams.out << '\t' << QString::fromStdString(name);
    streams.out << '\n';
    for (int t = 0; t < int(names.size()); ++t) {
        streams.out << QString::fromStdString(names[std::size_t(t)]);
        for (int p = 0; p < int(names.size()); ++p)
            streams.out << '\t' << qulonglong(confusion.count(t, p));
        streams.out << '\n';
    }
    if (perSpeaker.size() > 1 || !perSpeaker.begin()->first.isEmpty())
        for (const auto& [speaker, counts] : perSpeaker)
            streams.out << "speaker\t" << (speaker.isEmpty() ? QString("-") : speaker) << '\t'
                        << number(double(counts.first) / counts.second) << '\t' << counts.second << '\n';
    return Success;
}

int runKeywords(const QStringList& arguments, Streams streams)
{
    static const QList<QPair<QString, Command>> subcommands = {
        {"classify", &runKeywordsClassify}, {"eval", &runKeywordsEval}, {"train", &runKeywordsTrain},
        {"corpus", &runKeywordsCorpus},     {"listen", &runKeywordsListen}};
    const QString name = arguments.value(1);
    for (const auto& [sub, run] : subcommands)
        if (name == sub)
            return run(arguments.mid(1), streams);
    if (name == "--help" || name == "-h" || name.isEmpty()) {
        streams.out << "Usage: neurone-cli keywords classify|eval|train|corpus|listen [options]\n"
                       "Run 'neurone-cli keywords SUBCOMMAND --help' for a subcommand's options.\n";
        return name.isEmpty() ? BadUsage : Success;
    }
    return fail({BadUsage, "keywords: unknown subcommand '" + name + "' (classify, eval, train, corpus or listen)"}, streams);
}

} // namespace cli
