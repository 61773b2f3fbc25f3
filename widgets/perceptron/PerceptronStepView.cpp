// The perceptron step page's behaviour: data in (built-in, edited, CSV), settings checked by the
// engine, the trainer stepped, and what it did shown in the table, the plane and the labels.
#include "perceptron/PerceptronStepView.h"

#include "common/Sentence.h"
#include "perceptron/PerceptronDataModel.h"
#include "perceptron/PerceptronPlot.h"
#include "perceptron/PerceptronTableModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace {

// A file larger than this is no classroom dataset (10,000 rows of 100 numbers fit).
constexpr qint64 maxCsvBytes = 16 * 1024 * 1024;
// Beyond this the step table scrolls sideways rather than squeezing the plane.
constexpr int maxTableWidth = 620;

neurone::PerceptronSettings courseSettings()
{
    neurone::PerceptronSettings s; // seed 004: η = 1, w = (1, −1), b = 0
    s.learningRate = 1;
    s.initial.weights = Eigen::Vector2d(1, -1);
    s.initial.bias = 0;
    s.maxEpochs = 20;
    return s;
}

} // namespace

PerceptronStepView::PerceptronStepView(QWidget* parent)
    : PanelPage(parent),
      data_(*neurone::findBuiltInDataset("or")),
      settings_(courseSettings()),
      trainer_(data_, settings_)
{
    buildUi();
    connectUi();
    setAcceptDrops(true);
    useDataset(data_, "or");
}

void PerceptronStepView::connectUi()
{
    connect(dataset_, &QComboBox::activated, this, [this](int index) { selectDataset(dataset_->itemData(index).toString()); });
    connect(importButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a CSV file"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadCsv(path);
    });
    connect(dataModel_, &PerceptronDataModel::edited, this, &PerceptronStepView::readEditedData);
    connect(addRow_, &QToolButton::clicked, this, [this] {
        const QModelIndex current = dataView_->currentIndex();
        dataModel_->addObservation(current.isValid() ? current.row() : -1);
    });
    connect(removeRow_, &QToolButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : dataView_->selectionModel()->selectedIndexes())
            rows << index.row();
        dataModel_->removeObservations(rows);
    });
    connect(addFeature_, &QToolButton::clicked, dataModel_, &PerceptronDataModel::addFeature);
    connect(removeFeature_, &QToolButton::clicked, dataModel_, &PerceptronDataModel::removeFeature);
    connect(learningRate_, &QDoubleSpinBox::valueChanged, this, &PerceptronStepView::applyControls);
    connect(bias_, &QDoubleSpinBox::valueChanged, this, &PerceptronStepView::applyControls);
    connect(maxEpochs_, &QSpinBox::valueChanged, this, &PerceptronStepView::applyControls);
    connect(weights_, &QLineEdit::editingFinished, this, [this] {
        const auto typed = neurone::parseNumberList(weights_->text().toStdString());
        const Eigen::VectorXd& now = settings_.initial.weights;
        if (typed && typed->size() == std::size_t(now.size()) && std::equal(typed->begin(), typed->end(), now.begin()))
            return showSettings(); // the same weights: keep the run, tidy the text
        applyControls();
    });
    connect(stepButton_, &QPushButton::clicked, this, &PerceptronStepView::stepObservation);
    connect(epochButton_, &QPushButton::clicked, this, &PerceptronStepView::stepEpoch);
    connect(runButton_, &QPushButton::clicked, this, &PerceptronStepView::runToConvergence);
    connect(resetButton_, &QPushButton::clicked, this, &PerceptronStepView::reset);
}

void PerceptronStepView::selectDataset(const QString& id)
{
    if (const neurone::PerceptronDataset* builtIn = neurone::findBuiltInDataset(id.toStdString())) {
        sourceName_.clear();
        useDataset(*builtIn, id);
    } else {
        dataset_->setCurrentIndex(dataset_->findData("own"));
        dataView_->setFocus();
    }
}

void PerceptronStepView::useDataset(const neurone::PerceptronDataset& data, const QString& comboId)
{
    dataModel_->setDataset(data);
    dataset_->setCurrentIndex(dataset_->findData(comboId));
    data_ = data;
    fitSettingsToData();
    clearError();
    restart();
}

void PerceptronStepView::fitSettingsToData()
{
    const Eigen::VectorXd old = settings_.initial.weights;
    if (old.size() != data_.featureCount()) { // one weight per feature: those there were, zeros for new ones
        settings_.initial.weights = Eigen::VectorXd::Zero(data_.featureCount());
        const Eigen::Index kept = std::min(old.size(), settings_.initial.weights.size());
        settings_.initial.weights.head(kept) = old.head(kept);
    }
    const int epochs = std::max(1, neurone::maxPresentations / std::max(1, data_.size()));
    if (settings_.maxEpochs > epochs) {
        settings_.maxEpochs = epochs;
        emit statusMessage(tr("Maximum epochs lowered to %1: the table keeps at most %2 rows.")
                               .arg(epochs)
                               .arg(neurone::maxPresentations));
    }
}

void PerceptronStepView::readEditedData()
{
    auto parsed = neurone::datasetFromRows(dataModel_->rows(), dataModel_->featureNames());
    if (const auto* error = std::get_if<neurone::DataError>(&parsed)) {
        dataModel_->markInvalid(error->line - 1, error->column - 1);
        refuse(tr("%1 The step table keeps the previous data until this is fixed.").arg(describeDataError(*error, true)));
        return;
    }
    dataModel_->markInvalid(-1, -1);
    data_ = std::get<neurone::PerceptronDataset>(std::move(parsed));
    fitSettingsToData();
    dataset_->setCurrentIndex(dataset_->findData("own"));
    clearError();
    restart();
}

bool PerceptronStepView::loadCsv(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("Cannot open %1: %2 Choose another file; the previous data is kept.").arg(name, asSentence(file.errorString())));
        return false;
    }
    if (file.size() > maxCsvBytes) {
        refuse(tr("%1 is larger than 16 MB: not a dataset for the perceptron. Choose a smaller CSV file; the previous "
                   "data is kept.")
                   .arg(name));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto parsed = neurone::parsePerceptronCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (const auto* error = std::get_if<neurone::DataError>(&parsed)) {
        refuse(tr("Cannot use %1: %2 Correct the file or choose another; the previous data is kept.")
                   .arg(name, describeDataError(*error, false)));
        return false;
    }
    sourceName_ = name;
    useDataset(std::get<neurone::PerceptronDataset>(parsed), "own");
    emit statusMessage(tr("Read %1").arg(name));
    return true;
}

void PerceptronStepView::applyControls()
{
    if (showingSettings_)
        return;
    neurone::PerceptronSettings s = settings_;
    s.learningRate = learningRate_->value();
    s.initial.bias = bias_->value();
    s.maxEpochs = maxEpochs_->value();
    const auto weights = neurone::parseNumberList(weights_->text().toStdString());
    if (!weights)
        return refuse(tr("The initial weights must be numbers separated by commas, e.g. 1, -1; '%1' was refused.")
                          .arg(weights_->text()));
    s.initial.weights = Eigen::Map<const Eigen::VectorXd>(weights->data(), Eigen::Index(weights->size()));
    applySettings(s);
}

bool PerceptronStepView::applySettings(const neurone::PerceptronSettings& s)
{
    if (const auto problem = neurone::settingsProblem(data_, s)) {
        switch (*problem) {
        case neurone::SettingsProblem::LearningRate:
            refuse(tr("The learning rate η must be greater than 0 (and at most 1e6); %1 was refused.").arg(s.learningRate));
            break;
        case neurone::SettingsProblem::WeightCount:
            refuse(tr("Give one initial weight per feature (%1 here); '%2' was refused.")
                       .arg(data_.featureCount())
                       .arg(weightsText(s.initial.weights)));
            break;
        case neurone::SettingsProblem::Weights:
            refuse(tr("The initial weights and bias must be at most 1e9 in size."));
            break;
        case neurone::SettingsProblem::Epochs:
        case neurone::SettingsProblem::TooManyRows:
            refuse(tr("%1 observations × %2 epochs is more than %3 table rows; lower the maximum epochs.")
                       .arg(data_.size())
                       .arg(s.maxEpochs)
                       .arg(neurone::maxPresentations));
            break;
        }
        return false;
    }
    settings_ = s;
    clearError();
    restart();
    return true;
}

void PerceptronStepView::refuse(const QString& message)
{
    error_->setText(message);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style_.warning().name()));
    error_->show();
    showSettings(); // the previous state is kept, controls included
    emit statusMessage(message);
}

void PerceptronStepView::clearError()
{
    if (!dataModel_->invalidCell().isValid())
        error_->hide();
}

void PerceptronStepView::showSettings()
{
    showingSettings_ = true;
    learningRate_->setValue(settings_.learningRate);
    weights_->setText(weightsText(settings_.initial.weights));
    bias_->setValue(settings_.initial.bias);
    maxEpochs_->setValue(settings_.maxEpochs);
    showingSettings_ = false;
}

void PerceptronStepView::restart()
{
    trainer_ = neurone::PerceptronTrainer(data_, settings_);
    showSettings();
    table_->restart(data_.featureCount(), trainer_.state());
    plot_->setDataset(data_);
    const QString mapping = QString::fromStdString(neurone::classMapping(data_));
    QString summary = (data_.size() == 1 ? tr("1 observation") : tr("%1 observations").arg(data_.size())) + " · "
                      + (data_.featureCount() == 1 ? tr("1 feature") : tr("%1 features").arg(data_.featureCount()));
    if (!sourceName_.isEmpty())
        summary = sourceName_ + " · " + summary;
    if (data_.classNames.size() == 2 && !mapping.isEmpty())
        summary += "<br/>" + tr("class 0 = <b>%1</b>, class 1 = <b>%2</b>")
                                 .arg(QString::fromStdString(data_.classNames[0]).toHtmlEscaped(),
                                      QString::fromStdString(data_.classNames[1]).toHtmlEscaped());
    mapping_->setText(summary);
    showProgress();
}

void PerceptronStepView::fitTableWidth()
{
    tableView_->resizeColumnsToContents();
    const int width = tableView_->horizontalHeader()->length() + 2 * tableView_->frameWidth()
                      + tableView_->verticalScrollBar()->sizeHint().width() + 2;
    tableView_->setMinimumWidth(std::min(width, maxTableWidth)); // wider tables scroll
}

void PerceptronStepView::stepObservation()
{
    trainer_.step();
    showProgress();
}

void PerceptronStepView::stepEpoch()
{
    trainer_.epoch();
    showProgress();
}

void PerceptronStepView::runToConvergence()
{
    trainer_.runToConvergence();
    showProgress();
}

void PerceptronStepView::reset()
{
    trainer_.reset();
    showProgress();
}

void PerceptronStepView::showProgress()
{
    table_->showRows(trainer_.rows());
    tableView_->scrollToBottom();
    fitTableWidth();
    const int current = trainer_.rows().empty() ? -1 : trainer_.rows().back().observation;
    plot_->setWeights(trainer_.state(), trainer_.misclassified(), current);
    const bool more = !trainer_.finished();
    stepButton_->setEnabled(more);
    epochButton_->setEnabled(more);
    runButton_->setEnabled(more);
    resetButton_->setEnabled(trainer_.position() > 0);
    if (trainer_.position() == 0) {
        progress_->setText(tr("No observation presented yet"));
    } else {
        const neurone::PerceptronRow& last = trainer_.rows().back();
        progress_->setText(tr("Epoch %1 · observation %2 of %3 · iteration %4")
                               .arg(last.epoch)
                               .arg(last.observation + 1)
                               .arg(data_.size())
                               .arg(last.iteration));
    }
    updateOutcome();
    updateExplain();
}

QCustomPlot* PerceptronStepView::currentPlot() const { return plot_; }
QAbstractItemModel* PerceptronStepView::currentTable() const { return table_; }

void PerceptronStepView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    plot_->setViewStyle(style);
    QFont tableFont = style.font();
    tableFont.setPointSize(std::min(style.fontPointSize(), 12));
    for (QTableView* view : {tableView_, dataView_}) {
        view->setFont(tableFont);
        view->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 6);
    }
    table_->setColours(style.dark ? PerceptronTableModel::Colours{QColor(0x8c, 0x5a, 0x1e), QColor(0x32, 0x37, 0x44),
                                                                  QColor(0xf2, 0xf2, 0xf2)}
                                  : PerceptronTableModel::Colours{QColor(255, 214, 165), QColor(236, 241, 248),
                                                                  QColor(Qt::black)});
    dataModel_->setWarningColour(style.warning());
    fitTableWidth();
    if (!error_->isHidden())
        error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
    updateOutcome();
}

QString PerceptronStepView::errorText() const { return error_->isHidden() ? QString() : error_->text(); }
QString PerceptronStepView::outcomeText() const { return outcome_->text(); }
QString PerceptronStepView::explainText() const { return explain_->text(); }

void PerceptronStepView::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void PerceptronStepView::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    loadCsv(urls.first().toLocalFile());
}
