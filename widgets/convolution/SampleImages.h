// The sample images shipped in resources/images (see LICENSES.md there): photographs and line
// drawings that suit edge detection, 10 Fashion-MNIST and 10 MNIST 28×28 images.
// They are embedded as a Qt resource under :/images/.
#pragma once

#include <QList>
#include <QString>

struct SampleImage {
    QString name;     // stable, used by `--state sample=NAME`: "astronaut", "house", "fashion-3", "mnist-7"
    QString title;    // shown in the sample chooser
    QString resource; // ":/images/astronaut.jpg"
};

QList<SampleImage> sampleImages();
// The sample called `name`, or one with an empty name when there is none.
SampleImage findSampleImage(const QString& name);
