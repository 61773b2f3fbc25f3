#include "perceptron/NetworkGraph.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {

double distanceToSegment(const QPointF& p, const QLineF& line)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - line.p1(), d) / length2, 0.0, 1.0) : 0;
    return QLineF(p, line.p1() + t * d).length();
}

QColor blend(const QColor& from, const QColor& to, double amount)
{
    const double a = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * a),
                            float(from.greenF() + (to.greenF() - from.greenF()) * a),
                            float(from.blueF() + (to.blueF() - from.blueF()) * a));
}

} // namespace

NetworkGraph::NetworkGraph(QWidget* parent) : QWidget(parent), editor_(new QLineEdit(this))
{
    setMouseTracking(true);
    setAutoFillBackground(false);
    setToolTip(tr("Click a weight to change it; click a neuron to change its bias, or an input to change its value"));
    editor_->hide();
    editor_->setToolTip(tr("Type the new value and press Enter (Escape cancels)"));
    editor_->installEventFilter(this);
    connect(editor_, &QLineEdit::editingFinished, this, &NetworkGraph::commitEditor);
}

void NetworkGraph::setData(const NetworkGraphData& data)
{
    data_ = data;
    closeEditor();
    relayout();
    update();
}

void NetworkGraph::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    relayout();
    update();
}

void NetworkGraph::relayout()
{
    geometry_ = layoutNetworkGraph(data_, QRectF(rect()).adjusted(6, 6, -6, -6), style_.font());
}

void NetworkGraph::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    closeEditor();
    relayout();
}

QColor NetworkGraph::signColour(double value) const { return style_.series(value < 0 ? 4 : 0); }

QColor NetworkGraph::phaseColour() const
{
    switch (data_.phase) {
    case GraphPhase::Forward: return style_.series(1);
    case GraphPhase::Backward: return style_.dark ? QColor(0xe0, 0x9c, 0xf0) : QColor(0x88, 0x2e, 0x9c);
    case GraphPhase::Update: return style_.dark ? QColor(0x6e, 0xd8, 0x9e) : QColor(0x00, 0x7a, 0x4d);
    case GraphPhase::None: break;
    }
    return style_.foreground();
}

void NetworkGraph::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), style_.background());
    if (geometry_.centres.empty())
        return;
    paintEdges(painter);
    paintNeurons(painter);
    paintLabels(painter);
    paintTitles(painter); // last: a crowded network's labels never hide whose neuron is whose
    paintLoss(painter);
}

void NetworkGraph::paintTitles(QPainter& painter) const
{
    painter.setFont(geometry_.titleFont);
    QColor back = style_.background();
    back.setAlphaF(0.85f);
    for (std::size_t k = 0; k < data_.layers.size(); ++k)
        for (std::size_t j = 0; j < data_.layers[k].size(); ++j) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(back);
            painter.drawRoundedRect(geometry_.titleRects[k][j], 3, 3);
            painter.setPen(style_.foreground());
            painter.drawText(geometry_.titleRects[k][j], Qt::AlignCenter, data_.layers[k][j].title);
        }
}

void NetworkGraph::paintEdges(QPainter& painter) const
{
    double largest = 1e-9;
    for (const GraphEdge& edge : data_.edges)
        largest = std::max(largest, std::abs(edge.weight));
    for (std::size_t e = 0; e < data_.edges.size(); ++e) {
        const GraphEdge& edge = data_.edges[e];
        const double width = 0.7 + 2.4 * style_.lineWidth() * std::abs(edge.weight) / largest;
        QColor colour = signColour(edge.weight);
        colour.setAlphaF(0.8f);
        const bool hovered = hover_.kind == Hit::Edge && hover_.index == int(e);
        painter.setPen(QPen(hovered ? style_.foreground() : colour, width + (hovered ? 1.5 : 0), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(geometry_.edgeLines[e]);
    }
}

void NetworkGraph::paintNeurons(QPainter& painter) const
{
    const double r = geometry_.radius;
    const double border = style_.projector ? 2.5 : 1.5;
    const bool forward = data_.phase == GraphPhase::Forward;
    for (std::size_t k = 0; k < data_.layers.size(); ++k)
        for (std::size_t j = 0; j < data_.layers[k].size(); ++j) {
            const GraphNeuron& neuron = data_.layers[k][j];
            const QPointF c = geometry_.centres[k][j];
            const QColor fill = neuron.filled ? blend(style_.background(), signColour(neuron.level), 0.12 + 0.5 * std::abs(neuron.level))
                                              : style_.background();
            const bool hovered = hover_.kind == Hit::Neuron && hover_.index == int(k) && hover_.unit == int(j);
            const bool highlighted = forward && k > 0;
            painter.setPen(QPen(hovered ? style_.foreground() : highlighted ? phaseColour() : style_.grid().darker(style_.dark ? 60 : 130),
                                highlighted || hovered ? border * 1.6 : border));
            painter.setBrush(fill);
            painter.drawEllipse(c, r, r);
            painter.setPen(style_.foreground());
            painter.setFont(geometry_.valueFont);
            painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, neuron.value);
            const QRectF notes = geometry_.noteRects[k][j];
            if (notes.isNull())
                continue;
            QColor back = style_.background();
            back.setAlphaF(0.85f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(back);
            painter.drawRoundedRect(notes, 3, 3);
            painter.setPen(data_.phase == GraphPhase::Backward || data_.phase == GraphPhase::Update ? phaseColour() : style_.foreground());
            painter.setFont(geometry_.noteFont);
            painter.drawText(notes, Qt::AlignHCenter | Qt::AlignTop, neuron.notes.join('\n'));
        }
}

void NetworkGraph::paintLabels(QPainter& painter) const
{
    const bool accent = data_.phase == GraphPhase::Backward || data_.phase == GraphPhase::Update;
    QFont font = geometry_.labelFont;
    font.setBold(data_.phase == GraphPhase::Update);
    painter.setFont(font);
    for (std::size_t e = 0; e < data_.edges.size(); ++e) {
        const QRectF box = geometry_.labelRects[e];
        QColor back = style_.background();
        back.setAlphaF(0.92f);
        const bool hovered = hover_.kind == Hit::Edge && hover_.index == int(e);
        painter.setPen(QPen(hovered ? style_.foreground() : signColour(data_.edges[e].weight), hovered ? 2 : 1));
        painter.setBrush(back);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(accent ? phaseColour() : style_.foreground());
        painter.drawText(box, Qt::AlignCenter, data_.edges[e].label);
    }
}

void NetworkGraph::paintLoss(QPainter& painter) const
{
    if (geometry_.lossRect.isNull())
        return;
    painter.setPen(QPen(style_.grid().darker(style_.dark ? 60 : 130), 1));
    painter.setBrush(style_.background());
    painter.drawRoundedRect(geometry_.lossRect, 4, 4);
    painter.setPen(style_.foreground());
    painter.setFont(geometry_.noteFont);
    painter.drawText(geometry_.lossRect, Qt::AlignCenter, data_.lossNotes.join('\n'));
}

NetworkGraph::Hit NetworkGraph::hitAt(const QPointF& point) const
{
    for (std::size_t e = geometry_.labelRects.size(); e-- > 0;)
        if (geometry_.labelRects[e].contains(point))
            return {Hit::Edge, int(e), -1};
    for (std::size_t k = 0; k < geometry_.centres.size(); ++k)
        for (std::size_t j = 0; j < geometry_.centres[k].size(); ++j)
            if (QLineF(point, geometry_.centres[k][j]).length() <= geometry_.radius)
                return {Hit::Neuron, int(k), int(j)};
    int nearest = -1;
    double best = style_.projector ? 8 : 5;
    for (std::size_t e = 0; e < geometry_.edgeLines.size(); ++e) {
        const double d = distanceToSegment(point, geometry_.edgeLines[e]);
        if (d < best) {
            best = d;
            nearest = int(e);
        }
    }
    return nearest >= 0 ? Hit{Hit::Edge, nearest, -1} : Hit{};
}

void NetworkGraph::mousePressEvent(QMouseEvent* event)
{
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::None) {
        closeEditor();
        QWidget::mousePressEvent(event);
        return;
    }
    openEditor(hit);
}

void NetworkGraph::mouseMoveEvent(QMouseEvent* event)
{
    const Hit hit = hitAt(event->position());
    if (hit.kind != hover_.kind || hit.index != hover_.index || hit.unit != hover_.unit) {
        hover_ = hit;
        const bool editable = hit.kind == Hit::Edge
                              || (hit.kind == Hit::Neuron && data_.layers[std::size_t(hit.index)][std::size_t(hit.unit)].editable);
        setCursor(editable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void NetworkGraph::leaveEvent(QEvent* event)
{
    hover_ = {};
    update();
    QWidget::leaveEvent(event);
}

bool NetworkGraph::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Hit hit = hitAt(help->pos());
        QString tip = toolTip();
        if (hit.kind == Hit::Edge)
            tip = data_.edges[std::size_t(hit.index)].tooltip;
        else if (hit.kind == Hit::Neuron)
            tip = data_.layers[std::size_t(hit.index)][std::size_t(hit.unit)].tooltip;
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void NetworkGraph::editWeight(int layer, int from, int to)
{
    for (std::size_t e = 0; e < data_.edges.size(); ++e)
        if (data_.edges[e].layer == layer && data_.edges[e].from == from && data_.edges[e].to == to)
            return openEditor({Hit::Edge, int(e), -1});
}

void NetworkGraph::editNeuron(int layer, int unit)
{
    if (layer >= 0 && layer < int(data_.layers.size()) && unit >= 0 && unit < int(data_.layers[std::size_t(layer)].size()))
        openEditor({Hit::Neuron, layer, unit});
}

void NetworkGraph::openEditor(const Hit& hit)
{
    QRectF place;
    double value = 0;
    if (hit.kind == Hit::Edge) {
        place = geometry_.labelRects[std::size_t(hit.index)];
        value = data_.edges[std::size_t(hit.index)].editValue;
    } else {
        const GraphNeuron& neuron = data_.layers[std::size_t(hit.index)][std::size_t(hit.unit)];
        if (!neuron.editable)
            return;
        const QPointF c = geometry_.centres[std::size_t(hit.index)][std::size_t(hit.unit)];
        place = QRectF(c.x() - geometry_.radius * 1.6, c.y() - geometry_.radius * 0.5, geometry_.radius * 3.2, 0);
        value = neuron.editValue;
    }
    editing_ = hit;
    editor_->setFont(geometry_.valueFont);
    const int height = editor_->sizeHint().height();
    const int width = std::max(int(place.width()), editor_->fontMetrics().horizontalAdvance("-0.0000000") + 16);
    editor_->setGeometry(int(place.center().x()) - width / 2, int(place.center().y()) - height / 2, width, height);
    editor_->setText(QString::number(value, 'g', 7));
    editor_->setStyleSheet(QString());
    editStart_ = editor_->text();
    editor_->show();
    editor_->raise();
    editor_->setFocus();
    editor_->selectAll();
}

void NetworkGraph::commitEditor()
{
    if (editing_.kind == Hit::None || editor_->isHidden())
        return;
    const Hit target = editing_;
    bool ok = false;
    // A decimal comma is accepted too (French keyboards).
    const double value = QLocale::c().toDouble(editor_->text().trimmed().replace(',', '.'), &ok);
    if ((!ok || !std::isfinite(value)) && editor_->hasFocus()) {
        editor_->setStyleSheet(QString("border: 2px solid %1;").arg(style_.warning().name()));
        return; // Enter on something that is not a number: keep the editor open
    }
    const bool changed = editor_->text() != editStart_;
    closeEditor();
    if (!ok || !std::isfinite(value) || !changed)
        return;
    if (target.kind == Hit::Edge) {
        const GraphEdge& edge = data_.edges[std::size_t(target.index)];
        emit weightEdited(edge.layer, edge.from, edge.to, value);
    } else if (target.index == 0) {
        emit inputEdited(target.unit, value);
    } else {
        emit biasEdited(target.index, target.unit, value);
    }
}

void NetworkGraph::closeEditor()
{
    editing_ = {};
    if (!editor_->isHidden())
        editor_->hide();
}

bool NetworkGraph::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == editor_ && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        closeEditor();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
