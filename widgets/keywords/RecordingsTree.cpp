#include "keywords/RecordingsTree.h"

#include "audio/AudioClip.h"

#include <QFileInfo>
#include <QHeaderView>

#include <algorithm>
#include <set>

namespace {

enum Role { PathRole = Qt::UserRole, ClassRole, SpeakerRole };

QString serviceText(int service)
{
    return service > 0 ? QStringLiteral(" (%1)").arg(service) : QString();
}

} // namespace

double recordingSeconds(const QString& path)
{
    constexpr qint64 headerBytes = 44;
    constexpr double bytesPerSecond = 2.0 * neurone::keywordSampleRate;
    return double(std::max<qint64>(0, QFileInfo(path).size() - headerBytes)) / bytesPerSecond;
}

RecordingsTree::RecordingsTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Keyword / example"), tr("Speaker"), tr("Duration")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
}

void RecordingsTree::setContents(const neurone::KeywordVocabulary& vocabulary,
                                 const std::vector<io::Recording>& recordings)
{
    const QString selectedPath = selectedRecording() ? selectedRecording()->path : QString();
    const QString selected = selectedClass();
    std::set<QString> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->isExpanded())
            expanded.insert(topLevelItem(i)->data(0, ClassRole).toString());
    clear();

    QStringList classes;
    for (const std::string& name : vocabulary.classNames())
        classes << QString::fromStdString(name);
    for (const io::Recording& recording : recordings)
        if (!classes.contains(recording.label))
            classes << recording.label; // on disk, not in the vocabulary (a removed keyword)
    for (const QString& name : classes) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(0, ClassRole, name);
        const bool known = vocabulary.find(name.toStdString()) || name == QLatin1String(neurone::silenceClass.data())
                           || name == QLatin1String(neurone::unknownClass.data());
        if (!known)
            item->setToolTip(0, tr("Not in the vocabulary: these recordings are not used for training"));
        item->setExpanded(expanded.count(name) > 0);
    }
    for (const io::Recording& recording : recordings) {
        auto* item = new QTreeWidgetItem(classItem(recording.label));
        item->setText(0, QFileInfo(recording.path).completeBaseName());
        item->setText(1, recording.speaker);
        item->setText(2, tr("%1 s").arg(recordingSeconds(recording.path), 0, 'f', 2));
        item->setData(0, PathRole, recording.path);
        item->setData(0, ClassRole, recording.label);
        item->setData(0, SpeakerRole, recording.speaker);
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        const QString name = item->data(0, ClassRole).toString();
        item->setText(0, name + serviceText(vocabulary.service(name.toStdString())));
        item->setText(2, tr("%n example(s)", nullptr, item->childCount()));
    }
    if (!selectedPath.isEmpty())
        selectRecording(selectedPath);
    if (!selectedRecording())
        selectClass(selected);
}

QTreeWidgetItem* RecordingsTree::classItem(const QString& name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, ClassRole).toString() == name)
            return topLevelItem(i);
    return nullptr;
}

QString RecordingsTree::selectedClass() const
{
    const QList<QTreeWidgetItem*> items = selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, ClassRole).toString();
}

std::optional<io::Recording> RecordingsTree::selectedRecording() const
{
    const QList<QTreeWidgetItem*> items = selectedItems();
    if (items.isEmpty() || items.first()->data(0, PathRole).toString().isEmpty())
        return std::nullopt;
    const QTreeWidgetItem* item = items.first();
    return io::Recording{item->data(0, PathRole).toString(), item->data(0, ClassRole).toString(),
                         item->data(0, SpeakerRole).toString()};
}

void RecordingsTree::selectClass(const QString& name)
{
    if (QTreeWidgetItem* item = classItem(name))
        setCurrentItem(item);
}

void RecordingsTree::selectRecording(const QString& path)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        for (int j = 0; j < topLevelItem(i)->childCount(); ++j)
            if (QTreeWidgetItem* child = topLevelItem(i)->child(j); child->data(0, PathRole).toString() == path) {
                topLevelItem(i)->setExpanded(true);
                setCurrentItem(child);
                return;
            }
}

int RecordingsTree::recordingCount(const QString& className) const
{
    const QTreeWidgetItem* item = classItem(className);
    return item ? item->childCount() : 0;
}
