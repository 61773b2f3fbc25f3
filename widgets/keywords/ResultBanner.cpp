#include "keywords/ResultBanner.h"
#include "keywords/ClassNames.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

QColor serviceColour(int service)
{
    switch (service) {
    case 15: return QColor(0x00, 0x72, 0xb2); // SAMU: blue
    case 17: return QColor(0x56, 0x4f, 0xa8); // police: indigo
    case 18: return QColor(0xd5, 0x3e, 0x00); // pompiers: red
    default: return QColor(0x80, 0x80, 0x80);
    }
}

} // namespace

ResultBanner::ResultBanner(QWidget* parent)
    : QFrame(parent), keyword_(new QLabel(this)), service_(new QLabel(this)), detail_(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    for (QLabel* label : {keyword_, service_, detail_}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long word never widens the window
    }
    detail_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(keyword_);
    layout->addWidget(service_);
    layout->addWidget(detail_);
    setViewStyle({});
    showHint({});
}

QString ResultBanner::serviceName(int service)
{
    switch (service) {
    case 15: return tr("15 · SAMU");
    case 17: return tr("17 · Police");
    case 18: return tr("18 · Pompiers");
    default: return {};
    }
}

void ResultBanner::showScores(const neurone::KeywordScores& scores, double threshold, const QString& origin)
{
    const QString confidence = tr("confidence %1").arg(double(scores.confidence), 0, 'f', 2);
    const QString from = origin.isEmpty() ? tr("heard on the microphone") : origin;
    if (scores.confidence < threshold) {
        keyword_->setText(tr("not sure"));
        service_->setText(tr("best guess «%1», under the threshold %2")
                              .arg(shownClassName(scores.keyword))
                              .arg(threshold, 0, 'f', 2));
        setTint(serviceColour(0));
    } else if (scores.keyword == neurone::silenceClass) {
        keyword_->setText(tr("silence"));
        service_->setText(tr("no keyword heard"));
        setTint(serviceColour(0));
    } else if (scores.keyword == neurone::unknownClass) {
        keyword_->setText(tr("not a keyword"));
        service_->setText(tr("no service"));
        setTint(serviceColour(0));
    } else {
        keyword_->setText(QString::fromStdString(scores.keyword));
        service_->setText(scores.service > 0 ? serviceName(scores.service) : tr("no service for this word"));
        setTint(serviceColour(scores.service));
    }
    detail_->setText(QString("%1 · %2").arg(confidence, from));
}

void ResultBanner::showHint(const QString& hint)
{
    keyword_->setText(tr("…"));
    service_->setText(QString());
    detail_->setText(hint);
    setTint(serviceColour(0));
}

void ResultBanner::setTint(const QColor& colour)
{
    QColor background = colour;
    background.setAlphaF(style_.dark ? 0.35f : 0.15f);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    setPalette(palette);
    QPalette text = keyword_->palette();
    text.setColor(QPalette::WindowText, colour == serviceColour(0) ? style_.foreground() : colour);
    if (style_.dark && colour != serviceColour(0))
        text.setColor(QPalette::WindowText, colour.lighter(150));
    keyword_->setPalette(text);
    service_->setPalette(text);
}

void ResultBanner::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    QFont big = style.font();
    big.setPointSize(style.projector ? 44 : 30);
    big.setBold(true);
    keyword_->setFont(big);
    QFont medium = style.font();
    medium.setPointSize(style.projector ? 26 : 17);
    service_->setFont(medium);
    detail_->setFont(style.font());
}

QString ResultBanner::keywordText() const { return keyword_->text(); }
QString ResultBanner::serviceText() const { return service_->text(); }
QString ResultBanner::detailText() const { return detail_->text(); }
