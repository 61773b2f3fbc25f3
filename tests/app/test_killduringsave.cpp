// Nothing lost (issue 7): `neurone-cli train --save` overwrites an existing model through
// QSaveFile. Killed (SIGKILL) while the new model is being written, the old file is left byte
// for byte and still loads; killed at any moment, the path holds either the old bytes or a
// complete new model, never anything else. The settings file is replaced the same way.
//
// How the save is caught: Qt 6.4 on Linux writes into an unnamed O_TMPFILE in the target's
// folder (seen in /proc/PID/fd as "FOLDER/#INODE (deleted)") and links it under the final name
// at commit; on file systems without O_TMPFILE it writes "NAME.XXXXXX" next to the target. The
// test polls both every millisecond and kills the process as soon as either exists.
#include "../CliRunner.h"

#include "io/ModelStorage.h"
#include "model/LayerList.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <random>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString oldLayers = "dense 8, tanh, dense 2, softmax";

QString newLayers(int width) { return QString("dense %1, tanh, dense %1, tanh, dense 2, softmax").arg(width); }

QStringList trainArguments(const QString& path, const QString& layers)
{
    return {"train", "--dataset", "xor", "--layers", layers, "--epochs", "1", "--batch", "4", "--save", path};
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The layer list of the model at `path`, or why it does not load.
QString layersOf(const QString& path)
{
    auto read = io::readModelFile(path);
    if (const auto* problem = std::get_if<QString>(&read))
        return "unreadable: " + *problem;
    return QString::fromStdString(neurone::layerListText(std::get<neurone::ModelFile>(read).model.layers));
}

enum class Left { OldBytes, CompleteNewModel, Other };

Left whatIsLeft(const QString& path, const QByteArray& oldBytes, const QString& layers)
{
    if (bytesOf(path) == oldBytes)
        return Left::OldBytes;
    return layersOf(path) == layers ? Left::CompleteNewModel : Left::Other;
}

// A temporary file the save is writing in `folder` for `name`: its size, or -1 when none.
qint64 saveInProgress(qint64 pid, const QString& folder, const QString& name)
{
    const QRegularExpression namedTemp('^' + QRegularExpression::escape(name) + "\\.\\w{6}$");
    for (const QString& entry : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        if (namedTemp.match(entry).hasMatch())
            return QFileInfo(QDir(folder).filePath(entry)).size();
    const QString fds = QString("/proc/%1/fd").arg(pid);
    for (const QString& fd : QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QByteArray link = QFile::encodeName(fds + '/' + fd);
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        const QString to = QFile::decodeName(QByteArray(target, int(length)));
        struct stat info {};
        if (to.startsWith(folder + "/#") && to.endsWith(" (deleted)") && ::stat(link.constData(), &info) == 0)
            return qint64(info.st_size);
    }
    return -1;
}

struct KillReport {
    bool sawTemporaryFile = false;
    qint64 temporaryBytes = -1;
    bool killed = false; // ended by the signal, not by its own exit
};

// Starts the save and kills it `afterMs` after the first sight of its temporary file.
KillReport killWhileSaving(const QString& path, const QString& layers, int afterMs = 0)
{
    const QFileInfo target(path);
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(binaryPath("neurone-cli"), trainArguments(path, layers));
    KillReport report;
    if (!process.waitForStarted())
        return report;
    while (process.state() == QProcess::Running) {
        report.temporaryBytes = saveInProgress(process.processId(), target.absolutePath(), target.fileName());
        if (report.temporaryBytes >= 0) {
            report.sawTemporaryFile = true;
            if (afterMs == 0 || !process.waitForFinished(afterMs))
                process.kill(); // SIGKILL
            break;
        }
        process.waitForFinished(1);
    }
    process.waitForFinished(60000);
    report.killed = process.exitStatus() == QProcess::CrashExit;
    return report;
}

QStringList leftoversBeside(const QString& path)
{
    QStringList names = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(QFileInfo(path).fileName());
    return names;
}

} // namespace

class TestKillDuringSave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(binaryPath("neurone-cli")).isExecutable(), qPrintable(binaryPath("neurone-cli")));
        QVERIFY(QDir("/proc/self/fd").exists());
    }

    // The old model, written by the CLI itself, and a complete overwrite for reference.
    void aCompleteSaveReplacesTheModel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.neurone");
        QCOMPARE(runCli(trainArguments(path, oldLayers)).exitCode, 0);
        QCOMPARE(layersOf(path), oldLayers);
        const CliResult r = runCli(trainArguments(path, newLayers(64)));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(layersOf(path), newLayers(64));
        QCOMPARE(leftoversBeside(path), QStringList());
    }

    void killedWhileWritingLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.neurone");
        QCOMPARE(runCli(trainArguments(path, oldLayers)).exitCode, 0);
        const QByteArray oldBytes = bytesOf(path);
        QVERIFY(oldBytes.size() > 100);

        bool caught = false;
        for (const int width : {2000, 2900, 4000}) { // 16, 34 and 64 MB of weights
            const QString layers = newLayers(width);
            const KillReport report = killWhileSaving(path, layers);
            const Left left = whatIsLeft(path, oldBytes, layers);
            QVERIFY2(left != Left::Other, qPrintable(layersOf(path)));
            qInfo("width %d: temporary file %s (%lld bytes), killed %s, left: %s", width,
                  report.sawTemporaryFile ? "seen" : "never seen", report.temporaryBytes,
                  report.killed ? "yes" : "no", left == Left::OldBytes ? "the old bytes" : "the complete new model");
            if (report.sawTemporaryFile && report.killed && left == Left::OldBytes) {
                caught = true;
                break;
            }
            QVERIFY(writeBytes(path, oldBytes)); // a later save ran to its end: put the old model back
        }
        QVERIFY2(caught, "the save was never interrupted while its temporary file existed");
        QCOMPARE(bytesOf(path), oldBytes);
        QCOMPARE(layersOf(path), oldLayers); // it still loads
        // An unnamed O_TMPFILE dies with the process; a named NAME.XXXXXX would stay behind.
        const QStringList stale = leftoversBeside(path);
        if (!stale.isEmpty())
            qInfo("stale temporary files after the kill: %s", qPrintable(stale.join(", ")));
    }

    void killedAtRandomMomentsLeavesOldOrNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.neurone");
        QCOMPARE(runCli(trainArguments(path, oldLayers)).exitCode, 0);
        const QByteArray oldBytes = bytesOf(path);
        const QString layers = newLayers(2000);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCli(trainArguments(path, layers)).exitCode, 0); // how long a whole run takes
        const int wholeRunMs = int(clock.elapsed());
        QCOMPARE(layersOf(path), layers);

        std::mt19937 random(7);
        int old = 0, complete = 0, duringSave = 0;
        for (int k = 0; k < 6; ++k) { // anywhere in the run
            QVERIFY(writeBytes(path, oldBytes));
            const int delayMs = std::uniform_int_distribution<int>(0, wholeRunMs)(random);
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(binaryPath("neurone-cli"), trainArguments(path, layers));
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(delayMs)) {
                process.kill();
                QVERIFY(process.waitForFinished(60000));
            }
            const Left left = whatIsLeft(path, oldBytes, layers);
            QVERIFY2(left != Left::Other, qPrintable(QString("killed after %1 ms: %2").arg(delayMs).arg(layersOf(path))));
            ++(left == Left::OldBytes ? old : complete);
        }
        for (int k = 0; k < 6; ++k) { // during the save: 0 to 40 ms after its temporary file appears
            QVERIFY(writeBytes(path, oldBytes));
            const int afterMs = std::uniform_int_distribution<int>(0, 40)(random);
            const KillReport report = killWhileSaving(path, layers, afterMs);
            duringSave += report.sawTemporaryFile ? 1 : 0;
            const Left left = whatIsLeft(path, oldBytes, layers);
            QVERIFY2(left != Left::Other, qPrintable(QString("killed %1 ms into the save: %2").arg(afterMs).arg(layersOf(path))));
            ++(left == Left::OldBytes ? old : complete);
        }
        qInfo("a whole run: %d ms; 12 kills (%d during the save) left the old model %d times, the new one %d times",
              wholeRunMs, duringSave, old, complete);
        QVERIFY(duringSave > 0);
    }

    // QSettings (the window, the lesson, the theme, the language, the microphone) replaces its
    // .conf file as QSaveFile does: atomicSyncRequired is on by default and never turned off.
    void settingsAreReplacedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("Neurone.conf");
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(settings.isAtomicSyncRequired());
            settings.setValue("view/dark", false);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue("view/dark", true);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
        QVERIFY2(after.st_ino != before.st_ino, "the settings file was rewritten in place, not replaced");
        QCOMPARE(QSettings(path, QSettings::IniFormat).value("view/dark").toBool(), true);
        QCOMPARE(leftoversBeside(path), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKillDuringSave)
#include "test_killduringsave.moc"
