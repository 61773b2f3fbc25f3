// neurone-cli keywords classify|eval|train|corpus|listen — the keyword panel's twin.
// Every subcommand takes --model FILE (default: the shipped model, :/models/keywords.neurone).
//   classify FILE…                 file<TAB>keyword<TAB>confidence<TAB>service, one line per file;
//                                  an unreadable file: one line on stderr, exit code 1 at the end
//   eval --data DIR                accuracy, confusion matrix (TSV), per-speaker accuracy;
//                                  DIR/labels.csv lists file,label[,speaker]
//   train --data DIR --out MODEL [--base MODEL [--freeze]] [--epochs N] [--augment N]
//         [--lr L] [--batch B] [--val F] [--seed S]      one JSON line per epoch, then done
//   corpus --out DIR [--voices training|held-out] [--words w1,w2…] [--silence N]
//                                  espeak-ng clips + DIR/labels.csv (file,label,speaker)
//   listen [--device ID] [--seconds N] [--list-devices]
//                                  time<TAB>keyword<TAB>confidence<TAB>service per utterance
#pragma once

#include "core/CliCommand.h"
#include "core/TrainCommand.h"

#include "audio/KeywordModel.h"

namespace cli {

inline constexpr const char* shippedKeywordModel = ":/models/keywords.neurone";

int runKeywords(const QStringList& arguments, Streams streams);

int runKeywordsClassify(const QStringList& arguments, Streams streams);
int runKeywordsEval(const QStringList& arguments, Streams streams);
int runKeywordsTrain(const QStringList& arguments, Streams streams);
int runKeywordsCorpus(const QStringList& arguments, Streams streams);
int runKeywordsListen(const QStringList& arguments, Streams streams);

// --model's file (default: the shipped model) as a classifier.
std::variant<neurone::KeywordClassifier, CommandFailure> keywordClassifier(const QString& path);
// "12.5%" style: the confidence as printed.
QString confidenceText(float confidence);

} // namespace cli
