// The main window: a panel navigator in the course's order, the panels, the menus
// (File: export plot / table, quit; View: projector mode, light or dark; Language; Help) and a
// status line where panels report. Geometry, language, style and the last panel are remembered.
#pragma once

#include "common/ViewStyle.h"

#include <QMainWindow>
#include <QStandardPaths>

#include <functional>

class Language;
class Panel;
class QActionGroup;
class QListWidget;
class QSettings;
class QStackedWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // With settings == nullptr nothing is read or remembered (screenshots, tests).
    MainWindow(Language& language, QSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    QStringList panelIds() const;
    Panel* currentPanel() const;
    bool showPanel(const QString& id);
    ViewStyle viewStyle() const { return style_; }
    void setViewStyle(const ViewStyle& style);
    // Switches the language and rebuilds the window's text; the current panel stays.
    void setLanguage(const QString& code);

    // File menu actions, also called by tests with a path instead of a dialog.
    QString exportCurrentPlot(const QString& path);
    QString exportCurrentTable(const QString& path);
    // File > Open, also called by tests with a path instead of a dialog: "" or the reason.
    QString openInCurrentPanel(const QString& path);
    // Writes the window, lesson and theme to the settings now (closing does it too, and says
    // so in a message box when it fails): "" or why they could not be saved.
    QString saveSettings() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void connectUi();
    void rebuild();
    struct ExportRequest {
        QString title;
        QString fileName;
        QString filters;
        QStandardPaths::StandardLocation location;
        std::function<QString(const QString&)> write;
    };
    void askExport(const ExportRequest& request);
    void askExportPlot();
    void askOpen();
    void askExportTable();
    void showShortcuts();
    void showAbout();

    Language& language_;
    QSettings* settings_;
    ViewStyle style_;
    QListWidget* navigator_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QList<Panel*> panels_;
    QActionGroup* languageGroup_ = nullptr;
};
