#include "convolution/SampleImages.h"

#include <QCoreApplication>

// The translation context of these strings (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct SampleImagesStrings {
    Q_DECLARE_TR_FUNCTIONS(SampleImages)
};

QList<SampleImage> sampleImages()
{
    QList<SampleImage> samples = {
        {"astronaut", SampleImagesStrings::tr("Astronaut (photograph, NASA)"), ":/images/astronaut.jpg"},
        {"coffee", SampleImagesStrings::tr("Coffee cup (photograph)"), ":/images/coffee.jpg"},
        {"house", SampleImagesStrings::tr("House (line drawing)"), ":/images/house.png"},
        {"shapes", SampleImagesStrings::tr("Shapes and lines (line drawing)"), ":/images/shapes.png"},
        {"text", SampleImagesStrings::tr("The word “Neurone” (line drawing)"), ":/images/text.png"},
    };
    const QString clothes[] = {SampleImagesStrings::tr("T-shirt/top"), SampleImagesStrings::tr("trouser"),
                               SampleImagesStrings::tr("pullover"),    SampleImagesStrings::tr("dress"),
                               SampleImagesStrings::tr("coat"),        SampleImagesStrings::tr("sandal"),
                               SampleImagesStrings::tr("shirt"),       SampleImagesStrings::tr("sneaker"),
                               SampleImagesStrings::tr("bag"),         SampleImagesStrings::tr("ankle boot")};
    for (int i = 0; i < 10; ++i)
        samples.append({QString("fashion-%1").arg(i),
                        SampleImagesStrings::tr("Fashion-MNIST %1: %2").arg(i).arg(clothes[i]),
                        QString(":/images/fashion-%1.png").arg(i)});
    for (int i = 0; i < 10; ++i)
        samples.append({QString("mnist-%1").arg(i), SampleImagesStrings::tr("MNIST digit %1").arg(i),
                        QString(":/images/mnist-%1.png").arg(i)});
    return samples;
}

SampleImage findSampleImage(const QString& name)
{
    for (const SampleImage& sample : sampleImages())
        if (sample.name == name)
            return sample;
    return {};
}
