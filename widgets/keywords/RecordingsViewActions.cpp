// The Recordings page's dialogs and imports (RecordingsView.h).
#include "RecordingsView.h"

#include "keywords/KeywordLibrary.h"
#include "keywords/RecordingSession.h"
#include "keywords/RecordingsTree.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The services of the course (seed 000), as offered when a keyword is added.
const std::vector<int> serviceNumbers = {15, 17, 18, 0};

} // namespace

void RecordingsView::importFiles(const QStringList& paths, const QString& keyword)
{
    startImport([paths] { return paths; }, keyword);
}

void RecordingsView::importFolder(const QString& folder, const QString& keyword)
{
    startImport([folder] { return audioFilesIn(folder); }, keyword);
}

void RecordingsView::startImport(std::function<QStringList()> files, const QString& keyword)
{
    if (importing_) {
        showMessage(tr("An import is already running."));
        return;
    }
    if (keyword.isEmpty()) {
        showMessage(tr("Select the keyword the files are examples of, then import."));
        return;
    }
    importing_ = true;
    selectionChanged();
    showMessage(tr("Importing examples of «%1»…").arg(keyword));
    const QString folder = library_->folder();
    const QString speaker = session_->speaker();
    importWatcher_.setFuture(QtConcurrent::run([files = std::move(files), folder, keyword, speaker] {
        return importAudioFiles(files(), folder, keyword, speaker);
    }));
}

void RecordingsView::importFinished()
{
    importing_ = false;
    const ImportResult result = importWatcher_.result();
    if (!result.added.isEmpty())
        library_->notifyRecordingsChanged();
    else
        selectionChanged();
    QString text = tr("%n file(s) imported.", nullptr, int(result.added.size()));
    if (!result.problems.isEmpty())
        text += u' ' + tr("%n file(s) refused:", nullptr, int(result.problems.size())) + u' '
                + result.problems.join(u' ') + u' '
                + tr("Choose other files: WAV, FLAC or OGG recordings that play.");
    showMessage(text);
}

void RecordingsView::askAddKeyword()
{
    bool ok = false;
    const QString word = QInputDialog::getText(this, tr("Add keyword"), tr("New keyword:"), QLineEdit::Normal, {}, &ok);
    if (!ok || word.trimmed().isEmpty())
        return;
    const QStringList services = {tr("15 (SAMU)"), tr("17 (police)"), tr("18 (pompiers)"), tr("none")};
    const QString service = QInputDialog::getItem(this, tr("Add keyword"), tr("Service for «%1»:").arg(word.trimmed()),
                                                  services, 0, false, &ok);
    if (!ok)
        return;
    addKeyword(word, serviceNumbers.at(std::size_t(services.indexOf(service))));
}

void RecordingsView::askRenameKeyword()
{
    const QString from = tree_->selectedClass();
    if (!library_->vocabulary().find(from.toStdString()))
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename keyword"), tr("New name for «%1»:").arg(from),
                                             QLineEdit::Normal, from, &ok);
    if (ok && to.trimmed() != from)
        renameKeyword(from, to);
}

void RecordingsView::askImportFiles()
{
    const QString keyword = tree_->selectedClass();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import examples of «%1»").arg(keyword), {}, tr("Audio files (*.wav *.flac *.ogg);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths, keyword);
}

void RecordingsView::askImportFolder()
{
    const QString keyword = tree_->selectedClass();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of examples of «%1»").arg(keyword));
    if (!folder.isEmpty())
        importFolder(folder, keyword);
}
