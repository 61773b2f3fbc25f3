// The chain input → convolution → ReLU → pooling as a row of labelled boxes, each data box with
// its dimensions W×H×D, e.g. "input 512×512×1 → conv 3×3, S=1, P=0 → 510×510×1 → ReLU →
// max pool 2×2, S=2 → 255×255×1". The boxes wrap onto a second line when the row is narrow.
#pragma once

#include "common/ViewStyle.h"

#include <QList>
#include <QWidget>

class FilterChainView : public QWidget {
    Q_OBJECT
public:
    struct Stage {
        QString text;
        bool data = true; // a tensor (filled box) or an operation (outlined box)
    };

    explicit FilterChainView(QWidget* parent = nullptr);

    void setStages(const QList<Stage>& stages);
    const QList<Stage>& stages() const { return stages_; }
    QString text() const; // "input 28×28×1 → conv 3×3, S=1, P=0 → …"
    void setViewStyle(const ViewStyle& style);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<QRect> layoutBoxes(int width) const;

    QList<Stage> stages_;
    ViewStyle style_;
};
