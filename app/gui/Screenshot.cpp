#include "gui/Screenshot.h"

#include "common/Panel.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSaveFile>
#include <QTextStream>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "neurone --screenshot: " << message << '\n';
    return 1;
}

// Lets layouts, queued replots and worker results land before the picture is taken
// (offscreen, some panels' layouts need ~150 ms to settle).
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 250)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int takeScreenshot(const ScreenshotRequest& request)
{
    Language language;
    language.apply(request.language);
    MainWindow window(language, nullptr);
    window.setViewStyle({request.dark, request.projector});
    if (!window.showPanel(request.panel))
        return fail(QString("unknown panel '%1' (%2)").arg(request.panel, window.panelIds().join(", ")));
    window.resize(request.size);
    window.show();
    settle();
    for (const QString& state : request.states) {
        const QString key = state.section('=', 0, 0);
        const QString value = state.section('=', 1);
        const QString error = window.currentPanel()->applyState(key, value);
        if (!error.isEmpty())
            return fail(QString("--state %1: %2").arg(state, error));
        settle();
    }
    settle();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    window.grab().save(&buffer, "PNG");
    QSaveFile file(request.file);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QString("cannot write %1: %2").arg(request.file, file.errorString()));
    return 0;
}
