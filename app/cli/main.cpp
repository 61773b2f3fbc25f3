// neurone-cli: every panel's computation, headless. See `neurone-cli --help`.
#include "core/MemoryPolicy.h"
#include "core/CliCommand.h"

#include <QCoreApplication>

namespace {

// The CLI's contract is one clear line on stderr per problem: Qt's and image plugins' own
// warnings (e.g. "libpng error: Read Error") are dropped unless NEURONE_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("NEURONE_DEBUG"))
        QTextStream(stderr) << message << '\n';
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
    neurone::keepFreedMemoryForReuse(); // training allocates MB-sized batches every step
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("neurone-cli");
    QCoreApplication::setApplicationVersion(NEURONE_VERSION);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cli::runCli(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
