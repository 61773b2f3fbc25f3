// The main window: panels in the course's order, exports (PNG, PDF, SVG, CSV) written whole,
// view styles, the French catalogue, remembered settings, and `neurone --screenshot`.
#include "../CliRunner.h"
#include "common/Panel.h"
#include "gui/Language.h"
#include "keywords/ClassNames.h"
#include "gui/MainWindow.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void panelsInTheCourseOrder()
    {
        Language language;
        MainWindow window(language, nullptr);
        QCOMPARE(window.panelIds(), (QStringList{"descent", "perceptron", "convolution", "training", "keywords"}));
        QVERIFY(window.showPanel("descent"));
        QVERIFY(!window.showPanel("no-such-panel"));
        QCOMPARE(window.currentPanel()->panelId(), QString("descent"));
    }
    void fitsA1280By800ScreenInBothLanguages()
    {
        for (const QString code : {"en", "fr"}) {
            Language language;
            language.apply(code);
            MainWindow window(language, nullptr);
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
                     qPrintable(code + QString(": %1×%2").arg(minimum.width()).arg(minimum.height())));
        }
    }
    void exportsPlotInThreeFormats()
    {
        Language language;
        MainWindow window(language, nullptr);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QCOMPARE(window.exportCurrentPlot(dir.filePath("p.png")), QString());
        QCOMPARE(window.exportCurrentPlot(dir.filePath("p.pdf")), QString());
        QCOMPARE(window.exportCurrentPlot(dir.filePath("p.svg")), QString());
        QCOMPARE(head(dir.filePath("p.png"), 8), QByteArray("\x89PNG\r\n\x1a\n"));
        QCOMPARE(head(dir.filePath("p.pdf"), 5), QByteArray("%PDF-"));
        QVERIFY(head(dir.filePath("p.svg"), 200).contains("<svg"));
        QImage png(dir.filePath("p.png"));
        QVERIFY(png.width() > 400 && png.height() > 200);
        QVERIFY(!window.exportCurrentPlot(dir.filePath("p.bmpx")).isEmpty()); // unknown format
        const QString refused = window.exportCurrentPlot("/nonexistent-dir/p.png");
        QVERIFY2(refused.startsWith("Cannot write /nonexistent-dir/p.png: "), qPrintable(refused));
        QVERIFY(refused.endsWith(". Choose another folder or file name."));
        const QString refusedTable = window.exportCurrentTable("/nonexistent-dir/t.csv");
        QVERIFY(refusedTable.startsWith("Cannot write /nonexistent-dir/t.csv: "));
        QVERIFY(refusedTable.endsWith(". Choose another folder or file name."));
        QCOMPARE(head(dir.filePath("p.png"), 8), QByteArray("\x89PNG\r\n\x1a\n")); // earlier exports intact
    }
    void exportsTheStepTableAsCsv()
    {
        Language language;
        MainWindow window(language, nullptr);
        window.currentPanel()->applyState("steps", "all");
        QTemporaryDir dir;
        const QString path = dir.filePath("t.csv");
        QCOMPARE(window.exportCurrentTable(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 14);
        QCOMPARE(lines[0], QString("k,xₖ,f(xₖ),f′(xₖ),ωₖ"));
        QCOMPARE(lines[1], QString("0,0.1,0.4225,-1.3,0"));
        QCOMPARE(lines[13].section(',', 1, 1), QString("0.705332"));
    }
    void frenchCatalogueTranslatesTheWindow()
    {
        Language language;
        QCOMPARE(language.apply("fr"), QString("fr"));
        MainWindow window(language, nullptr);
        QCOMPARE(window.menuBar()->actions().first()->text(), QString("&Fichier"));
        QCOMPARE(window.currentPanel()->title(), QString("Descente de gradient"));
        // The keyword model's two automatic classes are shown in French; keywords as spelt.
        QCOMPARE(shownClassName("unknown"), QString("inconnu"));
        QCOMPARE(shownClassName("silence"), QString("silence"));
        QCOMPARE(shownClassName("électrocution"), QString("électrocution"));
        QCOMPARE(shownClassNames({"vol", "unknown"}), (std::vector<std::string>{"vol", "inconnu"}));
        window.setLanguage("en");
        QCOMPARE(window.menuBar()->actions().first()->text(), QString("&File"));
        QCOMPARE(shownClassName("unknown"), QString("unknown"));
        QCOMPARE(window.currentPanel()->panelId(), QString("descent"));
    }
    void darkAndProjectorStyles()
    {
        Language language;
        MainWindow window(language, nullptr);
        window.setViewStyle({true, true});
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2b, 0x2e, 0x37));
        QCOMPARE(QApplication::font().pointSize(), 15);
        window.setViewStyle({false, false});
        QCOMPARE(QApplication::font().pointSize(), 10);
    }
    void remembersPanelStyleAndLanguage()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("neurone.conf"), QSettings::IniFormat);
        {
            Language language;
            MainWindow window(language, &settings);
            window.setViewStyle({true, false});
            window.setLanguage("fr");
            window.close();
        }
        QCOMPARE(settings.value("view/dark").toBool(), true);
        QCOMPARE(settings.value("ui/language").toString(), QString("fr"));
        QCOMPARE(settings.value("window/panel").toString(), QString("descent"));
        Language language;
        MainWindow again(language, &settings);
        QVERIFY(again.viewStyle().dark);
    }
    // Settings that cannot be written are not lost silently: saving says where and what to do.
    void settingsThatCannotBeSavedAreReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the settings folder should be
        blocker.close();
        QSettings settings(dir.filePath("not-a-folder/neurone.conf"), QSettings::IniFormat);
        Language language;
        MainWindow window(language, &settings);
        const QString problem = window.saveSettings();
        QVERIFY2(problem.startsWith("Neurone could not save its settings to " + dir.filePath("not-a-folder/neurone.conf")),
                 qPrintable(problem));
        QVERIFY(problem.endsWith("Check that this folder can be written, then close Neurone again."));

        QSettings writable(dir.filePath("neurone.conf"), QSettings::IniFormat);
        MainWindow fine(language, &writable);
        QCOMPARE(fine.saveSettings(), QString());
    }

    // File > Open in the keyword lesson: a refused model is said in the panel itself.
    void refusedOpenIsShownInThePanel()
    {
        QTemporaryDir dir;
        QFile damaged(dir.filePath("damaged.neurone"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("NEURONE\0garbage", 15);
        damaged.close();
        Language language;
        MainWindow window(language, nullptr);
        QVERIFY(window.showPanel("keywords"));
        const QString refusal = window.openInCurrentPanel(damaged.fileName());
        QVERIFY2(refusal.contains("The previous model is kept: choose another keyword model"), qPrintable(refusal));
        const QList<QLabel*> labels = window.currentPanel()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [&](const QLabel* label) { return label->text() == refusal && !label->isHidden(); }));
    }

    void screenshotRendersAPanel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("descent.png");
        const CliResult r = runBinary("neurone", {"--screenshot", "descent", path, "--size", "1300x800",
                                                   "--lang", "fr", "--state", "steps=3"});
        QCOMPARE(r.exitCode, 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1300, 800));
        const CliResult bad = runBinary("neurone", {"--screenshot", "nowhere", dir.filePath("x.png")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("unknown panel"));
        const CliResult badState = runBinary("neurone", {"--screenshot", "descent", dir.filePath("y.png"),
                                                         "--state", "preset=nothing"});
        QCOMPARE(badState.exitCode, 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
