// The verdict, large enough for the back of a lecture hall: the keyword heard and the service
// the call goes to ("incendie" / "18 · Pompiers"), or "not sure" when the winner's probability
// is under the threshold, else "silence" / "not a keyword" for those classes. A line under it
// gives the confidence and where the result came from.
#pragma once

#include "common/ViewStyle.h"

#include "audio/KeywordModel.h"

#include <QFrame>

class QLabel;

class ResultBanner : public QFrame {
    Q_OBJECT
public:
    explicit ResultBanner(QWidget* parent = nullptr);

    // `origin`: the file name, or "" for the microphone.
    void showScores(const neurone::KeywordScores& scores, double threshold, const QString& origin);
    // Idle: what to do ("Say one of the keywords…").
    void showHint(const QString& hint);
    void setViewStyle(const ViewStyle& style);

    QString keywordText() const;
    QString serviceText() const;
    QString detailText() const;
    // "15 · SAMU", "17 · Police", "18 · Pompiers"; "" for 0.
    static QString serviceName(int service);

private:
    void setTint(const QColor& colour);

    QLabel* keyword_;
    QLabel* service_;
    QLabel* detail_;
    ViewStyle style_;
};
