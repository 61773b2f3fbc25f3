// keywords listen: microphone → endpointer → classifier, one line per utterance as it ends:
//   <seconds from the start><TAB><keyword><TAB><confidence><TAB><service>
#include "core/KeywordsCommand.h"

#include "audio/AudioClip.h"
#include "audio/Endpointer.h"
#include "io/AudioCapture.h"

#include <QEventLoop>
#include <QTimer>

namespace cli {

namespace {

void listDevices(QTextStream& out)
{
    for (const QAudioDevice& device : io::AudioCapture::inputDevices())
        out << QString::fromUtf8(device.id()) << '\t' << device.description() << '\n';
}

} // namespace

int runKeywordsListen(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {"model", "the keyword model file (default: the shipped model)", "file", shippedKeywordModel},
        {"device", "the input device's id (see --list-devices; default: the system's)", "ID"},
        {"seconds", "stop after N seconds (0: until interrupted)", "N", "10"},
        {"list-devices", "print the input devices' ids and names, then stop"},
    });
    if (auto done = parseArguments(parser, arguments, "keywords listen", streams))
        return *done;
    if (parser.isSet("list-devices")) {
        listDevices(streams.out);
        return Success;
    }
    auto loaded = keywordClassifier(parser.value("model"));
    if (auto* failure = std::get_if<CommandFailure>(&loaded))
        return fail(*failure, streams);
    auto& classifier = std::get<neurone::KeywordClassifier>(loaded);
    const QAudioDevice device = io::AudioCapture::deviceById(parser.value("device").toUtf8());
    if (device.isNull()) {
        streams.err << "No microphone: this machine has no audio input device.\n";
        return BadInput;
    }

    neurone::Endpointer endpointer;
    const auto report = [&](const neurone::Utterance& utterance) {
        const neurone::KeywordScores s = classifier.classifyWindow(utterance.window);
        streams.out << number(double(utterance.end) / neurone::keywordSampleRate) << '\t'
                    << QString::fromStdString(s.keyword) << '\t' << confidenceText(s.confidence) << '\t'
                    << (s.service > 0 ? QString::number(s.service) : QString("-")) << '\n';
        streams.out.flush();
    };
    io::AudioCapture capture;
    QEventLoop loop;
    int code = Success;
    QObject::connect(&capture, &io::AudioCapture::samplesCaptured, &loop, [&](const std::vector<float>& samples) {
        for (const neurone::Utterance& utterance : endpointer.push(samples))
            report(utterance);
    });
    QObject::connect(&capture, &io::AudioCapture::errorOccurred, &loop, [&](const QString& message) {
        streams.err << message << '\n';
        code = BadInput;
        loop.quit();
    });
    if (!capture.start(device))
        return BadInput; // errorOccurred has printed why
    if (const int seconds = parser.value("seconds").toInt(); seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    capture.stop();
    if (const auto last = endpointer.flush())
        report(*last);
    return code;
}

} // namespace cli
