// neurone-cli: every panel's computation, headless. See `neurone-cli --help`.
#include "core/CliCommand.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
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
