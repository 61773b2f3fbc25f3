// The stride and padding controls shared by the filter and volume pages: stride S, padding
// valid / same / custom P. Its value is a plain struct the pages keep in their settings.
#pragma once

#include "conv/ConvGeometry.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QSpinBox;

struct SlidingGeometry {
    int stride = 1;
    int paddingMode = 0; // 0 valid, 1 same, 2 custom P
    int paddingAmount = 1;

    neurone::Padding padding() const;
    bool operator==(const SlidingGeometry&) const = default;
};

class GeometryBox : public QGroupBox {
    Q_OBJECT
public:
    explicit GeometryBox(QWidget* parent = nullptr);

    SlidingGeometry value() const;
    // Shows `geometry` without emitting changed().
    void show(const SlidingGeometry& geometry);
    // `--state stride=S` and `padding=valid|same|P`: nullopt for other keys, else "" or the reason.
    // A change emits changed() once.
    std::optional<QString> applyState(const QString& key, const QString& value);

    QComboBox* paddingCombo() const { return padding_; }

signals:
    void changed();

private:
    void enableAmount();

    QSpinBox* stride_;
    QComboBox* padding_;
    QSpinBox* paddingAmount_;
    bool showing_ = false;
};
