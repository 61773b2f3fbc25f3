// Runs the built executables (build/bin) from tests, the way users and teachers run them.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split('\n', Qt::SkipEmptyParts); }
};

inline QString binaryPath(const QString& name)
{
    return QProcessEnvironment::systemEnvironment().value("NEURONE_BIN_DIR") + "/" + name;
}

inline CliResult runBinary(const QString& name, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(binaryPath(name), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline CliResult runCli(const QStringList& arguments) { return runBinary("neurone-cli", arguments); }
