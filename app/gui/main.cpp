// neurone: the GUI. `neurone --screenshot PANEL FILE.png` renders a panel offscreen and exits.
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/Screenshot.h"
#include "core/MemoryPolicy.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStyleFactory>

#include <cstring>
#include <optional>

namespace {

bool wantsScreenshot(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0)
            return true;
    return false;
}

// Returns an exit code when the command line is wrong, else fills the request.
std::optional<int> readScreenshot(const QCommandLineParser& parser, ScreenshotRequest& request)
{
    request.panel = parser.value("screenshot");
    request.file = parser.positionalArguments().value(0);
    if (request.file.isEmpty()) {
        QTextStream(stderr) << "neurone: --screenshot PANEL FILE.png needs the file name\n";
        return 2;
    }
    if (parser.isSet("size")) {
        const QStringList wh = parser.value("size").split('x');
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 200 || h < 150 || w > 8000 || h > 8000) {
            QTextStream(stderr) << "neurone: --size expects WxH, e.g. 1400x860\n";
            return 2;
        }
        request.size = {w, h};
    }
    request.language = parser.isSet("lang") ? parser.value("lang") : "en";
    request.states = parser.values("state");
    request.dark = parser.isSet("dark");
    request.projector = parser.isSet("projector");
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    neurone::keepFreedMemoryForReuse();
    if (wantsScreenshot(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Neurone");
    QApplication::setApplicationName("Neurone");
    QApplication::setApplicationVersion(NEURONE_VERSION);
    QApplication::setStyle(QStyleFactory::create("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription("Neurone, a lab for teaching neural networks.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {"screenshot", "Render PANEL offscreen to FILE.png and exit.", "PANEL"},
        {"size", "Screenshot size, WxH (default 1400x860).", "WxH"},
        {"lang", "Language: en or fr (default: the system's).", "code"},
        {"state", "Screenshot: put the panel in a state, key=value (repeatable).", "key=value"},
        {"dark", "Screenshot: dark theme."},
        {"projector", "Screenshot: projector mode."},
    });
    parser.addPositionalArgument("file", "Screenshot file (with --screenshot).");
    parser.process(app);

    if (parser.isSet("screenshot")) {
        ScreenshotRequest request;
        if (const auto usage = readScreenshot(parser, request))
            return *usage;
        return takeScreenshot(request);
    }

    QSettings settings;
    Language language;
    language.apply(parser.isSet("lang") ? parser.value("lang") : settings.value("ui/language").toString());
    MainWindow window(language, &settings);
    window.show();
    return app.exec();
}
