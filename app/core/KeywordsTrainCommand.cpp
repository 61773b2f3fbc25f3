// keywords train: recordings (DIR/labels.csv) → augmented log-mel images → the keyword CNN
// (or a base model's layers, the convolutions frozen: transfer learning) → MODEL.
// keywords corpus: the synthetic corpus, spoken by espeak-ng (SyntheticCorpus.h).
#include "core/KeywordsCommand.h"

#include "audio/KeywordDataset.h"
#include "audio/SyntheticCorpus.h"
#include "io/AudioFile.h"
#include "io/KeywordRecordings.h"
#include "io/SpeechSynthesizer.h"
#include "train/Trainer.h"

#include <QDir>
#include <QElapsedTimer>

namespace cli {

namespace {

std::variant<std::vector<neurone::LabelledClip>, CommandFailure>
readLabelledClips(const QString& folder, const std::vector<std::string>& classNames)
{
    auto listed = io::readLabelsCsv(folder);
    if (auto* problem = std::get_if<QString>(&listed))
        return CommandFailure{BadInput, *problem};
    auto clips = io::readLabelledClips(std::get<std::vector<io::Recording>>(listed), classNames);
    if (auto* problem = std::get_if<QString>(&clips))
        return CommandFailure{BadInput, *problem};
    if (std::get<std::vector<neurone::LabelledClip>>(clips).empty())
        return CommandFailure{BadInput, folder + ": labels.csv lists no recordings"};
    return std::get<std::vector<neurone::LabelledClip>>(std::move(clips));
}

// The model to train: the keyword CNN for the course's vocabulary, or the base model with a new head.
std::variant<neurone::ModelFile, CommandFailure> startingModel(const QCommandLineParser& parser)
{
    const auto seed = std::uint32_t(parser.value("seed").toUInt());
    const neurone::KeywordVocabulary vocabulary = neurone::KeywordVocabulary::course();
    std::vector<std::string> names = vocabulary.classNames();
    neurone::ModelFile file;
    file.settings = neurone::serviceSettings(vocabulary);
    if (!parser.isSet("base")) {
        auto built = neurone::makeModel(neurone::keywordNetworkLayers(int(names.size())), neurone::keywordInputShape(),
                                        names, seed);
        if (auto* reason = std::get_if<std::string>(&built))
            return CommandFailure{BadInput, QString::fromStdString(*reason)};
        file.model = std::get<neurone::Model>(std::move(built));
        return file;
    }
    auto base = readModelFile(parser.value("base"));
    if (auto* failure = std::get_if<CommandFailure>(&base))
        return *failure;
    try {
        file.model = neurone::transferModel(std::get<neurone::ModelFile>(base).model, int(names.size()), names,
                                            parser.isSet("freeze"), seed);
    } catch (const std::exception& error) {
        return CommandFailure{BadInput, parser.value("base") + ": " + QString::fromStdString(error.what())};
    }
    return file;
}

neurone::TrainingSettings trainingSettings(const QCommandLineParser& parser)
{
    neurone::TrainingSettings settings;
    settings.loss = neurone::LossKind::CategoricalCrossEntropy;
    settings.optimizer.kind = neurone::OptimizerKind::Adam;
    settings.optimizer.learningRate = parser.value("lr").toDouble();
    settings.batchSize = parser.value("batch").toInt();
    settings.epochs = parser.value("epochs").toInt();
    settings.seed = std::uint32_t(parser.value("seed").toUInt());
    return settings;
}

// Splits off every k-th clip (k = 1 / fraction) as validation, before augmentation.
std::pair<std::vector<neurone::LabelledClip>, std::vector<neurone::LabelledClip>>
splitValidation(std::vector<neurone::LabelledClip> clips, double fraction)
{
    std::vector<neurone::LabelledClip> train, validation;
    const int every = fraction > 0 ? std::max(2, int(std::lround(1 / fraction))) : 0;
    for (std::size_t i = 0; i < clips.size(); ++i)
        (every > 0 && i % std::size_t(every) == std::size_t(every / 2) ? validation : train).push_back(std::move(clips[i]));
    return {std::move(train), std::move(validation)};
}

} // namespace

int runKeywordsTrain(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {"data", "a folder with audio files and labels.csv (file,label[,speaker])", "DIR"},
        {"out", "the model file to write", "MODEL"},
        {"base", "start from this model's layers (transfer learning), with a new last dense layer", "MODEL"},
        {"freeze", "with --base: freeze the layers below the new one (retrain the head only)"},
        {"epochs", "number of epochs", "N", "12"},
        {"augment", "augmented copies of each recording (pitch, speed, shift, noise, telephone, reverb)", "N", "2"},
        {"lr", "Adam's learning rate", "L", "0.001"},
        {"batch", "batch size", "B", "32"},
        {"val", "fraction of the recordings held out for validation", "F", "0.1"},
        {"seed", "seed of the weights, the order and the augmentation", "S", "1"},
    });
    if (auto done = parseArguments(parser, arguments, "keywords train", streams))
        return *done;
    if (!parser.isSet("data") || !parser.isSet("out"))
        return fail({BadUsage, "keywords train: --data DIR and --out MODEL are required"}, streams);
    auto start = startingModel(parser);
    if (auto* failure = std::get_if<CommandFailure>(&start))
        return fail(*failure, streams);
    neurone::ModelFile file = std::get<neurone::ModelFile>(std::move(start));
    auto clips = readLabelledClips(parser.value("data"), file.model.classNames);
    if (auto* failure = std::get_if<CommandFailure>(&clips))
        return fail(*failure, streams);
    auto [trainClips, validationClips] =
        splitValidation(std::get<std::vector<neurone::LabelledClip>>(std::move(clips)), parser.value("val").toDouble());

    neurone::AugmentationSettings augmentation;
    augmentation.copies = parser.value("augment").toInt();
    augmentation.seed = std::uint32_t(parser.value("seed").toUInt());
    const neurone::TrainingSettings settings = trainingSettings(parser);
    if (const std::string problem = neurone::settingsProblem(settings); !problem.empty())
        return fail({BadUsage, QString::fromStdString(problem)}, streams);
    try {
        neurone::Dataset train = neurone::keywordDataset(trainClips, file.model.classNames, augmentation, "keywords");
        std::optional<neurone::Dataset> validation;
        if (!validationClips.empty())
            validation = neurone::keywordDataset(validationClips, file.model.classNames, {}, "keywords (validation)");
        neurone::Trainer trainer(file.model.network, train, settings, validation);
        trainer.setHooks({nullptr, [&](const neurone::EpochMetrics& m) {
                              streams.out << epochLine(m) << '\n';
                              streams.out.flush();
                          }});
        trainer.run();
        file.model.network = trainer.network();
        file.history = trainer.history();
        for (const auto& pair : neurone::settingsKeyValues(settings))
            file.settings.push_back(pair);
        streams.out << "{\"done\": true, \"samples\": " << train.size() << ", \"stopped\": \""
                    << QString::fromStdString(trainer.stopReason()) << "\"}\n";
    } catch (const std::exception& error) {
        return fail({BadInput, QString::fromStdString(error.what())}, streams);
    }
    if (auto failure = writeModelFile(file, parser.value("out")))
        return fail(*failure, streams);
    return Success;
}

int runKeywordsCorpus(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {"out", "the folder to write the clips and labels.csv into", "DIR"},
        {"voices", "training (default) or held-out: the espeak-ng voices to speak with", "set", "training"},
        {"words", "comma-separated words instead of the course's 12 keywords and the unknown words", "list"},
        {"silence", "background-only clips for the silence class", "N", "60"},
        {"seed", "seed of the background clips", "S", "1"},
    });
    if (auto done = parseArguments(parser, arguments, "keywords corpus", streams))
        return *done;
    if (!parser.isSet("out"))
        return fail({BadUsage, "keywords corpus: --out DIR is required"}, streams);
    const QString set = parser.value("voices");
    if (set != "training" && set != "held-out")
        return fail({BadUsage, "keywords corpus: --voices is training or held-out"}, streams);
    const auto voiceSet = set == "training" ? neurone::VoiceSet::Training : neurone::VoiceSet::HeldOut;
    if (const QString problem = io::speechSynthesizerProblem(); !problem.isEmpty())
        return fail({BadInput, problem}, streams);

    std::vector<std::pair<QString, QString>> words; // text, label
    if (parser.isSet("words")) {
        for (const QString& word : parser.value("words").split(',', Qt::SkipEmptyParts))
            words.emplace_back(word.trimmed(), word.trimmed());
    } else {
        const neurone::KeywordVocabulary course = neurone::KeywordVocabulary::course();
        for (const neurone::Keyword& keyword : course.keywords())
            words.emplace_back(QString::fromStdString(keyword.word), QString::fromStdString(keyword.word));
        for (const std::string& word : neurone::unknownWords(voiceSet))
            words.emplace_back(QString::fromStdString(word), QString::fromLatin1(neurone::unknownClass.data()));
    }
    std::vector<io::SpeechRequest> requests;
    std::vector<QString> labels;
    const std::vector<neurone::SyntheticVoice> voices = neurone::syntheticVoices(voiceSet);
    for (std::size_t w = 0; w < words.size(); ++w) {
        // Unknown words: a rotating eighteenth of the voices each (12 of the 216 training voices):
        // many words rather than many voices make "unknown" varied (85 words × 12 = 1,020 clips,
        // against 216 for each keyword).
        const bool unknown = words[w].second == QLatin1String(neurone::unknownClass.data());
        for (std::size_t v = 0; v < voices.size(); ++v)
            if (!unknown || (v + w) % 18 == 0) {
                requests.push_back({words[w].first, voices[v]});
                labels.push_back(words[w].second);
            }
    }
    QElapsedTimer timer;
    timer.start();
    const auto spoken = io::speak(requests, 2);
    io::KeywordRecordings folder(parser.value("out"));
    std::vector<io::Recording> written;
    for (std::size_t i = 0; i < spoken.size(); ++i) {
        if (auto* problem = std::get_if<QString>(&spoken[i]))
            return fail({BadInput, *problem}, streams);
        auto saved = folder.add(labels[i], QString::fromStdString(requests[i].voice.name()),
                                std::get<neurone::AudioClip>(spoken[i]));
        if (auto* problem = std::get_if<QString>(&saved))
            return fail({BadInput, *problem}, streams);
        written.push_back(std::get<io::Recording>(saved));
    }
    std::mt19937 rng(std::uint32_t(parser.value("seed").toUInt()));
    for (int i = 0; i < parser.value("silence").toInt(); ++i) {
        auto saved = folder.add(QLatin1String(neurone::silenceClass.data()), "background",
                                {neurone::backgroundClip(neurone::keywordWindowSamples, rng)});
        if (auto* problem = std::get_if<QString>(&saved))
            return fail({BadInput, *problem}, streams);
        written.push_back(std::get<io::Recording>(saved));
    }
    if (const QString problem = io::writeLabelsCsv(parser.value("out"), written); !problem.isEmpty())
        return fail({BadInput, problem}, streams);
    streams.out << "clips\t" << written.size() << "\nvoices\t" << voices.size() << "\nseconds\t"
                << number(timer.elapsed() / 1000.0) << '\n';
    return Success;
}

} // namespace cli
