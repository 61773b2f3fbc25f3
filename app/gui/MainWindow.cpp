#include "gui/MainWindow.h"

#include "common/Export.h"
#include "common/Panel.h"
#include "gui/Language.h"
#include "gui/PanelRegistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

MainWindow::MainWindow(Language& language, QSettings* settings, QWidget* parent)
    : QMainWindow(parent), language_(language), settings_(settings)
{
    setWindowTitle(tr("Neurone"));
    resize(1400, 860);
    if (settings_) {
        style_.dark = settings_->value("view/dark", false).toBool();
        style_.projector = settings_->value("view/projector", false).toBool();
        restoreGeometry(settings_->value("window/geometry").toByteArray());
    }
    rebuild();
    if (settings_)
        showPanel(settings_->value("window/panel").toString());
}

MainWindow::~MainWindow() = default;

void MainWindow::rebuild()
{
    const QString current = currentPanel() ? currentPanel()->panelId() : QString();
    menuBar()->clear();
    delete centralWidget();
    panels_.clear();
    buildUi();
    buildMenus();
    connectUi();
    setViewStyle(style_);
    if (!current.isEmpty())
        showPanel(current);
}

void MainWindow::buildUi()
{
    navigator_ = new QListWidget;
    navigator_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    navigator_->setTextElideMode(Qt::ElideNone);
    navigator_->setWordWrap(false);
    navigator_->setToolTip(tr("The lessons, in the course's order (Ctrl+1 … Ctrl+5)"));
    stack_ = new QStackedWidget;
    panels_ = makePanels(stack_);
    for (Panel* panel : panels_) {
        navigator_->addItem(panel->title());
        stack_->addWidget(panel);
    }
    auto* splitter = new QSplitter;
    splitter->addWidget(navigator_);
    splitter->addWidget(stack_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1200});
    setCentralWidget(splitter);
    navigator_->setCurrentRow(0);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::askOpen);
    file->addAction(tr("Export &plot (PNG, PDF, SVG)…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::askExportPlot);
    file->addAction(tr("Export &table as CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    &MainWindow::askExportTable);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* projector = view->addAction(tr("&Projector mode"));
    projector->setCheckable(true);
    projector->setChecked(style_.projector);
    projector->setShortcut(QKeySequence(Qt::Key_F11));
    projector->setToolTip(tr("Larger fonts and thicker lines, for the back of the room"));
    connect(projector, &QAction::toggled, this, [this](bool on) {
        ViewStyle s = style_;
        s.projector = on;
        setViewStyle(s);
    });
    view->addSeparator();
    auto* theme = new QActionGroup(view);
    QAction* light = view->addAction(tr("&Light"));
    QAction* dark = view->addAction(tr("&Dark"));
    for (QAction* a : {light, dark}) {
        a->setCheckable(true);
        theme->addAction(a);
    }
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    (style_.dark ? dark : light)->setChecked(true);
    connect(dark, &QAction::toggled, this, [this](bool on) {
        ViewStyle s = style_;
        s.dark = on;
        setViewStyle(s);
    });

    QMenu* languageMenu = menuBar()->addMenu(tr("&Language"));
    languageGroup_ = new QActionGroup(languageMenu);
    const QList<std::pair<QString, QString>> languages = {{"en", "English"}, {"fr", "Français"}};
    for (const auto& [code, name] : languages) {
        QAction* a = languageMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(language_.current() == code);
        languageGroup_->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Neurone"), this, &MainWindow::showAbout);
}

void MainWindow::connectUi()
{
    connect(navigator_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    for (int i = 0; i < panels_.size(); ++i) {
        connect(panels_[i], &Panel::statusMessage, this, [this](const QString& m) {
            statusBar()->showMessage(m, 10000);
        });
        auto* jump = new QAction(panels_[i]);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] { navigator_->setCurrentRow(i); });
        addAction(jump);
    }
}

QStringList MainWindow::panelIds() const
{
    QStringList ids;
    for (const Panel* p : panels_)
        ids << p->panelId();
    return ids;
}

Panel* MainWindow::currentPanel() const
{
    return stack_ ? qobject_cast<Panel*>(stack_->currentWidget()) : nullptr;
}

bool MainWindow::showPanel(const QString& id)
{
    const int index = panelIds().indexOf(id);
    if (index < 0)
        return false;
    navigator_->setCurrentRow(index);
    return true;
}

void MainWindow::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    QApplication::setPalette(style.palette());
    QApplication::setFont(style.font());
    for (Panel* panel : panels_)
        panel->setViewStyle(style);
    // The lesson list keeps the desk font (the room reads the panel, not the list), so projector
    // mode does not widen the window; its width follows the titles, which stay whole.
    navigator_->setFont(ViewStyle{style.dark, false}.font());
    navigator_->setMinimumWidth(navigator_->sizeHintForColumn(0) + 2 * navigator_->frameWidth() + 12);
}

void MainWindow::setLanguage(const QString& code)
{
    language_.apply(code);
    if (settings_)
        settings_->setValue("ui/language", code);
    rebuild();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Neurone"));
    QMainWindow::changeEvent(event);
}

QString MainWindow::exportCurrentPlot(const QString& path)
{
    Panel* panel = currentPanel();
    if (panel && !panel->currentPlot() && panel->hasImageToExport())
        return panel->exportImage(path);
    return exportPlot(panel ? panel->currentPlot() : nullptr, path);
}

QString MainWindow::openInCurrentPanel(const QString& path)
{
    Panel* panel = currentPanel();
    return panel ? panel->openFile(path) : tr("There is no lesson open.");
}

void MainWindow::askOpen()
{
    Panel* panel = currentPanel();
    if (!panel || panel->openFilter().isEmpty()) {
        statusBar()->showMessage(tr("This lesson does not open files; the convolution lesson opens images."), 10000);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), folder, panel->openFilter());
    if (path.isEmpty())
        return;
    const QString error = openInCurrentPanel(path);
    statusBar()->showMessage(error.isEmpty() ? tr("Opened %1").arg(path) : error, 10000);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open"), error);
}

QString MainWindow::exportCurrentTable(const QString& path)
{
    return exportTableCsv(currentPanel() ? currentPanel()->currentTable() : nullptr, path);
}

void MainWindow::askExport(const ExportRequest& request)
{
    const QString folder = QStandardPaths::writableLocation(request.location);
    const QString path = QFileDialog::getSaveFileName(this, request.title, folder + "/" + request.fileName,
                                                      request.filters);
    if (path.isEmpty())
        return;
    const QString error = request.write(path);
    statusBar()->showMessage(error.isEmpty() ? tr("Saved to %1").arg(path) : error, 10000);
    if (!error.isEmpty())
        QMessageBox::warning(this, request.title, error);
}

void MainWindow::askExportPlot()
{
    askExport({tr("Export plot"), "neurone-plot.png",
               tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"),
               QStandardPaths::PicturesLocation, [this](const QString& p) { return exportCurrentPlot(p); }});
}

void MainWindow::askExportTable()
{
    askExport({tr("Export table"), "neurone-table.csv", tr("CSV table (*.csv)"),
               QStandardPaths::DocumentsLocation, [this](const QString& p) { return exportCurrentTable(p); }});
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table cellpadding='3'>"
           "<tr><td><b>Ctrl+1 … Ctrl+5</b></td><td>go to a lesson</td></tr>"
           "<tr><td><b>F10</b></td><td>step one iteration</td></tr>"
           "<tr><td><b>F5</b> / <b>F6</b></td><td>run / pause the animation</td></tr>"
           "<tr><td><b>Ctrl+R</b></td><td>reset to the start point</td></tr>"
           "<tr><td><b>F11</b></td><td>projector mode</td></tr>"
           "<tr><td><b>Ctrl+Shift+D</b></td><td>dark theme</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>open an image (convolution lesson)</td></tr>"
           "<tr><td><b>Ctrl+E</b></td><td>export the plot (PNG, PDF, SVG) or the filtered image</td></tr>"
           "<tr><td><b>Ctrl+Shift+E</b></td><td>export the table (CSV)</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr></table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Neurone"),
                       tr("<h3>Neurone %1</h3><p>A lab for teaching neural networks: gradient descent, "
                          "the perceptron, convolution, training and spoken keywords, step by step "
                          "and exact.</p><p>Free software under the GNU GPL, version 3 or later. "
                          "Plots by QCustomPlot, linear algebra by Eigen, formulas by muparser.</p>")
                           .arg(NEURONE_VERSION));
}

QString MainWindow::saveSettings() const
{
    if (!settings_)
        return {};
    settings_->setValue("window/geometry", saveGeometry());
    settings_->setValue("window/panel", currentPanel() ? currentPanel()->panelId() : QString());
    settings_->setValue("view/dark", style_.dark);
    settings_->setValue("view/projector", style_.projector);
    settings_->sync();
    if (settings_->status() == QSettings::NoError)
        return {};
    return tr("Neurone could not save its settings to %1: the window, the lesson, the theme and the language will "
              "not be remembered. Check that this folder can be written, then close Neurone again.")
        .arg(QDir::toNativeSeparators(settings_->fileName()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (const QString problem = saveSettings(); !problem.isEmpty() && isVisible())
        QMessageBox::warning(this, tr("Settings not saved"), problem);
    QMainWindow::closeEvent(event);
}
