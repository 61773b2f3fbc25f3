// The contract every `neurone-cli` subcommand follows: plain text on `out`, one clear line on
// `err` for a problem, exit code 0 (done), 1 (bad input) or 2 (bad usage).
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace cli {

enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

struct Streams {
    QTextStream& out;
    QTextStream& err;
};

// Arguments start with the subcommand's name (as QCommandLineParser expects argv[0]).
using Command = int (*)(const QStringList& arguments, Streams streams);

struct CommandInfo {
    const char* name;
    const char* summary;
    Command run;
};

const QList<CommandInfo>& commands();
int runCli(const QStringList& arguments, Streams streams);

// Parses a subcommand's arguments. Returns the exit code when the command is already done:
// BadUsage after printing the parser's error on one line, Success after printing --help.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                                  Streams streams);

// "%.6g" — the CLI's one number format.
QString number(double value);

} // namespace cli
