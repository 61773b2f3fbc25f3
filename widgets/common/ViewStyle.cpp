#include "common/ViewStyle.h"

#include <QApplication>
#include <array>
#include <qcustomplot.h>

QColor ViewStyle::series(int index) const
{
    static constexpr std::array<QRgb, 7> okabeIto = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7,
                                                     0xd55e00, 0x56b4e9, 0xf0e442};
    QColor colour(okabeIto[std::size_t(index) % okabeIto.size()]);
    return dark ? colour.lighter(125) : colour;
}

QPalette ViewStyle::palette() const
{
    if (!dark)
        return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x37), base(0x1f, 0x22, 0x29), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

QFont ViewStyle::font() const
{
    QFont f = QApplication::font();
    f.setPointSize(fontPointSize());
    return f;
}

void applyViewStyle(QCustomPlot* plot, const ViewStyle& style)
{
    if (!plot)
        return;
    plot->setBackground(style.background());
    QFont tickFont = style.font();
    tickFont.setPointSize(style.fontPointSize() - 1);
    const QPen axisPen(style.foreground(), style.projector ? 2 : 1);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(style.background());
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(axisPen);
            axis->setTickPen(axisPen);
            axis->setSubTickPen(axisPen);
            axis->setTickLabelColor(style.foreground());
            axis->setLabelColor(style.foreground());
            axis->setTickLabelFont(tickFont);
            axis->setLabelFont(style.font());
            axis->grid()->setPen(QPen(style.grid(), 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(style.grid(), 1));
        }
    }
    plot->legend->setBrush(style.background());
    plot->legend->setTextColor(style.foreground());
    plot->legend->setBorderPen(QPen(style.grid()));
    plot->legend->setFont(tickFont);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i))) {
            title->setTextColor(style.foreground());
            title->setFont(style.font());
        }
    plot->replot(QCustomPlot::rpQueuedReplot);
}
