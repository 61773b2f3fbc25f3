// The 1-D page of the descent panel (seed 000, "La descente de gradient", "La quantité de
// mouvement"): f(x) with the iterates of plain descent and of momentum side by side, each with
// its step table; presets, the user's own formula, the three stopping conditions, playback.
#pragma once

#include "common/PanelPage.h"
#include "descent/Descent.h"
#include "descent/DescentPresets.h"

#include <QString>

class DescentColumn;
class PlaybackControls;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class CurveDescentView : public PanelPage {
    Q_OBJECT
public:
    explicit CurveDescentView(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    QString applyState(const QString& key, const QString& value) override;

    // What the page computed, for tests and the explain text.
    const neurone::DescentTrace& plainTrace() const { return plain_; }
    const neurone::DescentTrace& momentumTrace() const { return momentum_; }
    QString errorText() const;
    QString formulaText() const;
    DescentColumn* plainColumn() const { return plainColumn_; }
    DescentColumn* momentumColumn() const { return momentumColumn_; }
    PlaybackControls* playback() const { return playback_; }

private:
    // The inputs that define both descents. `previous_` is the last one that worked.
    struct Settings {
        QString formula;
        double x0 = 0.1;
        double learningRate = 0.1;
        double gamma = 0.5;
        double epsilon = 0.1;
        int maxSteps = 100;
        bool useMinLoss = false;
        double minLoss = 0;
        neurone::Range xView{-0.25, 1.75};
        neurone::Range yView{-0.05, 0.5};
    };

    void buildUi();
    void connectUi();
    void selectPreset(int index);
    Settings settingsFromControls() const;
    void showSettings(const Settings& s);
    void recompute();
    void refuse(const QString& message);
    void showRevealed(int position);
    void updateExplain();
    neurone::Range fittingView(const neurone::Objective& f, const neurone::Range& xView) const;

    QComboBox* preset_;
    QLineEdit* formula_;
    QDoubleSpinBox* x0_;
    QDoubleSpinBox* learningRate_;
    QDoubleSpinBox* gamma_;
    QDoubleSpinBox* epsilon_;
    QSpinBox* maxSteps_;
    QCheckBox* useMinLoss_;
    QDoubleSpinBox* minLoss_;
    QLabel* error_;
    DescentColumn* plainColumn_;
    DescentColumn* momentumColumn_;
    PlaybackControls* playback_;
    QLabel* explain_;

    Settings previous_;
    neurone::DescentTrace plain_;
    neurone::DescentTrace momentum_;
    ViewStyle style_;
    bool showingSettings_ = false;
};
