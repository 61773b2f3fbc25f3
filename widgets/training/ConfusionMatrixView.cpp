#include "training/ConfusionMatrixView.h"

#include "training/ConfusionMatrixModels.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return table;
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent),
      matrix_(new ConfusionMatrixTableModel(this)),
      metrics_(new ConfusionMetricsTableModel(this)),
      pages_(new QStackedWidget(this)),
      empty_(new QLabel(this)),
      matrixTable_(makeTable(matrix_, this)),
      metricsTable_(makeTable(metrics_, this)),
      counts_(new QRadioButton(tr("Counts"), this)),
      normalisedButton_(new QRadioButton(tr("Normalised"), this)),
      accuracy_(new QLabel(this))
{
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setText(tr("Train or load a model to see its confusion matrix."));

    counts_->setChecked(true);
    counts_->setToolTip(tr("CM(i, j): how many samples of true class i were predicted j"));
    normalisedButton_->setToolTip(tr("CM(i, j) / Σⱼ CM(i, j): each true class's row sums to 1"));
    auto* group = new QButtonGroup(this);
    group->addButton(counts_);
    group->addButton(normalisedButton_);
    connect(normalisedButton_, &QRadioButton::toggled, this, [this](bool on) { matrix_->setNormalised(on); });

    auto* axes = new QLabel(tr("Rows: true class · columns: predicted class"), this);
    auto* toggleRow = new QHBoxLayout;
    toggleRow->addWidget(axes, 1);
    toggleRow->addWidget(counts_);
    toggleRow->addWidget(normalisedButton_);

    matrixTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed); // see fitColumns()
    matrixTable_->viewport()->installEventFilter(this);
    metricsTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    accuracy_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filled = new QWidget(this);
    auto* layout = new QVBoxLayout(filled);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toggleRow);
    layout->addWidget(matrixTable_, 1);
    layout->addWidget(new QLabel(tr("Per class (seed 004's formulas; hover a heading for it)"), filled));
    layout->addWidget(metricsTable_, 1);
    layout->addWidget(accuracy_);
    layout->addStretch(); // what the tables, at their full height, leave

    pages_->addWidget(empty_);
    pages_->addWidget(filled);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(pages_);
    clear();
}

void ConfusionMatrixView::setConfusion(const neurone::ConfusionMatrix& confusion, const std::vector<std::string>& classNames)
{
    QStringList names;
    for (int c = 0; c < confusion.classes(); ++c)
        names << (std::size_t(c) < classNames.size() ? QString::fromStdString(classNames[std::size_t(c)]) : QString::number(c));
    matrix_->setConfusion(confusion, names);
    metrics_->setConfusion(confusion, names);
    const std::size_t right = [&] {
        std::size_t sum = 0;
        for (int c = 0; c < confusion.classes(); ++c)
            sum += confusion.count(c, c);
        return sum;
    }();
    accuracy_->setText(tr("Accuracy: %1 (%2 of %3 samples on the diagonal)")
                           .arg(confusionRatioText(confusion.accuracy()))
                           .arg(right)
                           .arg(confusion.total()));
    pages_->setCurrentIndex(confusion.classes() > 0 ? 1 : 0);
    fitTables();
}

void ConfusionMatrixView::clear()
{
    matrix_->setConfusion(neurone::ConfusionMatrix(), {});
    metrics_->setConfusion(neurone::ConfusionMatrix(), {});
    accuracy_->clear();
    pages_->setCurrentIndex(0);
}

void ConfusionMatrixView::setNormalised(bool normalised)
{
    (normalised ? normalisedButton_ : counts_)->setChecked(true);
}

bool ConfusionMatrixView::normalised() const { return matrix_->normalised(); }

bool ConfusionMatrixView::isEmpty() const { return pages_->currentIndex() == 0; }

QAbstractItemModel* ConfusionMatrixView::matrixModel() const { return matrix_; }

QAbstractItemModel* ConfusionMatrixView::metricsModel() const { return metrics_; }

QString ConfusionMatrixView::accuracyText() const { return accuracy_->text(); }

void ConfusionMatrixView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    setPalette(style.palette());
    setFont(style.font());
    matrix_->setViewStyle(style);
    fitTables();
}

// Rows as tall as the font needs, and each table no taller than its rows: ten classes fit
// without scrolling (a smaller window scrolls them).
void ConfusionMatrixView::fitTables()
{
    const int rowHeight = QFontMetrics(style_.font()).height() + (style_.projector ? 8 : 5);
    for (QTableView* table : {matrixTable_, metricsTable_}) {
        table->verticalHeader()->setDefaultSectionSize(rowHeight);
        const int header = table->horizontalHeader()->sizeHint().height();
        table->setMaximumHeight(header + table->verticalHeader()->length() + 2 * table->frameWidth() + 2);
    }
    fitColumns();
}

// The matrix's columns share the width, but none narrower than its class name: with large
// fonts the table scrolls sideways rather than cut "Pullover" to "ullove".
void ConfusionMatrixView::fitColumns()
{
    QHeaderView* header = matrixTable_->horizontalHeader();
    const int columns = matrix_->columnCount();
    if (columns == 0)
        return;
    const int available = matrixTable_->viewport()->width();
    for (int c = 0; c < columns; ++c)
        header->resizeSection(c, std::max(header->sectionSizeHint(c), available / columns));
}

// The matrix's viewport changes size after this widget's layout has run: follow it there.
bool ConfusionMatrixView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == matrixTable_->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}
