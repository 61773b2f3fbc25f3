#include "keywords/RecordingCommands.h"

#include <QCoreApplication>

#include <utility>

namespace {

void reportIf(const ReportProblem& report, const QString& problem)
{
    if (!problem.isEmpty() && report)
        report(problem);
}

} // namespace

AddKeywordCommand::AddKeywordCommand(KeywordLibrary* library, neurone::Keyword keyword, ReportProblem report)
    : QUndoCommand(QCoreApplication::translate("RecordingCommands", "add keyword «%1»").arg(QString::fromStdString(keyword.word))),
      library_(library), keyword_(std::move(keyword)), report_(std::move(report))
{
}

void AddKeywordCommand::redo()
{
    if (std::exchange(done_, false))
        return;
    reportIf(report_, library_->addKeyword(keyword_));
}

void AddKeywordCommand::undo() { reportIf(report_, library_->removeKeyword(QString::fromStdString(keyword_.word))); }

RenameKeywordCommand::RenameKeywordCommand(KeywordLibrary* library, QString from, QString to, ReportProblem report)
    : QUndoCommand(QCoreApplication::translate("RecordingCommands", "rename «%1» to «%2»").arg(from, to)),
      library_(library), from_(std::move(from)), to_(std::move(to)), report_(std::move(report))
{
}

void RenameKeywordCommand::redo()
{
    if (std::exchange(done_, false))
        return;
    reportIf(report_, library_->renameKeyword(from_, to_));
}

void RenameKeywordCommand::undo() { reportIf(report_, library_->renameKeyword(to_, from_)); }

RemoveKeywordCommand::RemoveKeywordCommand(KeywordLibrary* library, neurone::Keyword keyword, std::size_t position,
                                           ReportProblem report)
    : QUndoCommand(QCoreApplication::translate("RecordingCommands", "remove keyword «%1»").arg(QString::fromStdString(keyword.word))),
      library_(library), keyword_(std::move(keyword)), position_(position), report_(std::move(report))
{
}

void RemoveKeywordCommand::redo()
{
    if (std::exchange(done_, false))
        return;
    reportIf(report_, library_->removeKeyword(QString::fromStdString(keyword_.word)));
}

void RemoveKeywordCommand::undo() { reportIf(report_, library_->addKeyword(keyword_, position_)); }

DeleteRecordingCommand::DeleteRecordingCommand(KeywordLibrary* library, io::Recording recording,
                                               neurone::AudioClip clip, ReportProblem report)
    : QUndoCommand(QCoreApplication::translate("RecordingCommands", "delete a recording of «%1»").arg(recording.label)),
      library_(library), recording_(std::move(recording)), clip_(std::move(clip)), report_(std::move(report))
{
}

void DeleteRecordingCommand::redo()
{
    if (std::exchange(done_, false))
        return;
    reportIf(report_, library_->removeRecording(recording_));
}

void DeleteRecordingCommand::undo()
{
    auto added = library_->addRecording(recording_.label, recording_.speaker, clip_);
    if (auto* problem = std::get_if<QString>(&added))
        reportIf(report_, *problem);
    else
        recording_ = std::get<io::Recording>(added);
}
