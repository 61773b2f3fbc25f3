#include "io/ModelStorage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace io {

std::variant<neurone::ModelFile, QString> readModelFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QCoreApplication::translate("ModelStorage", "%1 is not a model file (no such file).").arg(path);
    QFile file(path);
    if (info.size() > maxModelFileBytes || !file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ModelStorage", "Cannot read %1.").arg(path);
    const QByteArray bytes = file.readAll();
    auto parsed = neurone::parseModelFile(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (auto* error = std::get_if<std::string>(&parsed))
        return QCoreApplication::translate("ModelStorage", "%1: %2").arg(path, QString::fromStdString(*error));
    return std::get<neurone::ModelFile>(std::move(parsed));
}

QString writeModelFile(const neurone::ModelFile& model, const QString& path)
{
    const std::string bytes = neurone::serializeModelFile(model);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())
        || !file.commit())
        return QCoreApplication::translate("ModelStorage", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace io
