// Undoable edits of the keyword library (QUndoStack): adding, renaming and removing a keyword,
// deleting a recording. Each command is pushed after its first action has succeeded, so its
// first redo() does nothing; later redo()/undo() calls report a failure through the library's
// owner (`report`), since QUndoCommand cannot return one.
#pragma once

#include "keywords/KeywordLibrary.h"

#include <QUndoCommand>

#include <functional>

using ReportProblem = std::function<void(const QString&)>;

class AddKeywordCommand : public QUndoCommand {
public:
    AddKeywordCommand(KeywordLibrary* library, neurone::Keyword keyword, ReportProblem report);
    void redo() override;
    void undo() override;

private:
    KeywordLibrary* library_;
    neurone::Keyword keyword_;
    ReportProblem report_;
    bool done_ = true;
};

class RenameKeywordCommand : public QUndoCommand {
public:
    RenameKeywordCommand(KeywordLibrary* library, QString from, QString to, ReportProblem report);
    void redo() override;
    void undo() override;

private:
    KeywordLibrary* library_;
    QString from_;
    QString to_;
    ReportProblem report_;
    bool done_ = true;
};

class RemoveKeywordCommand : public QUndoCommand {
public:
    RemoveKeywordCommand(KeywordLibrary* library, neurone::Keyword keyword, std::size_t position, ReportProblem report);
    void redo() override;
    void undo() override;

private:
    KeywordLibrary* library_;
    neurone::Keyword keyword_;
    std::size_t position_;
    ReportProblem report_;
    bool done_ = true;
};

// Keeps the deleted clip in memory; undo saves it again (under a new time stamp).
class DeleteRecordingCommand : public QUndoCommand {
public:
    DeleteRecordingCommand(KeywordLibrary* library, io::Recording recording, neurone::AudioClip clip,
                           ReportProblem report);
    void redo() override;
    void undo() override;

private:
    KeywordLibrary* library_;
    io::Recording recording_;
    neurone::AudioClip clip_;
    ReportProblem report_;
    bool done_ = true;
};
