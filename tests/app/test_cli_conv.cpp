// `neurone-cli conv`, run as a process: the seed 003 exercise, the output-size rules, images
// in and out, and every kind of bad input refused with one line and exit code 1.
#include "../CliRunner.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList seed003 = {"--matrix", "1 2 3;4 5 6;7 8 9", "--matrix", "1.5 2.5 3.5;4.5 5.5 6.5;7.5 8.5 9.5",
                             "--kernel", "1 2;3 4", "--kernel", "1.5 2.5;3.5 4.5", "--bias", "4"};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

} // namespace

class TestCliConv : public QObject {
    Q_OBJECT
private slots:
    void seed003Exercise()
    {
        const CliResult r = runCli(QStringList{"conv"} + seed003);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines(), (QStringList{"output 2x2", "90 112", "156 178"}));
    }
    void correlationAndTrueConvolution()
    {
        const QStringList impulse = {"conv", "--matrix", "0 0 0;0 1 0;0 0 0", "--kernel", "1 2 3;4 5 6;7 8 9",
                                     "--padding", "same"};
        QCOMPARE(runCli(impulse).lines().at(1), QString("9 8 7"));
        QCOMPARE(runCli(impulse + QStringList{"--flip"}).lines().at(1), QString("1 2 3"));
    }
    void strideSamePaddingReluAndPooling()
    {
        // 4×4 through the edge kernel with same padding (4×4), ReLU, then max pooling 2:2 (2×2).
        const CliResult r = runCli({"conv", "--matrix", "0 0 0 0;0 9 0 0;0 0 0 0;0 0 0 5", "--kernel", "edge",
                                    "--padding", "same", "--relu", "--pool", "max:2:2"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines(), (QStringList{"output 2x2", "72 0", "0 40"}));
        const CliResult strided = runCli({"conv", "--matrix", "1 2 3 4 5;6 7 8 9 10;1 1 1 1 1;2 2 2 2 2;0 0 0 0 0",
                                          "--kernel", "1", "--stride", "2"});
        QCOMPARE(strided.lines(), (QStringList{"output 3x3", "1 3 5", "1 1 1", "0 0 0"}));
        const CliResult average = runCli({"conv", "--matrix", "1 2;3 4", "--kernel", "1", "--pool", "avg"});
        QCOMPARE(average.lines(), (QStringList{"output 1x1", "2.5"}));
    }
    void listsThePresets()
    {
        const CliResult r = runCli({"conv", "--list-kernels"});
        QCOMPARE(r.exitCode, 0);
        for (const QString name : {"identity", "blur", "gaussian", "sharpen", "edge", "sobel-x", "sobel-y", "sobel",
                                   "emboss", "corner"})
            QVERIFY2(r.out.contains(name + "\t"), qPrintable(name));
        QVERIFY(r.out.contains("edge\t-1 -1 -1; -1 8 -1; -1 -1 -1"));
    }
    void filtersAnImageToPng()
    {
        QTemporaryDir dir;
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::black);
        for (int y = 0; y < 30; ++y)
            for (int x = 20; x < 40; ++x)
                picture.setPixel(x, y, qRgb(200, 200, 200));
        QVERIFY(picture.save(dir.filePath("in.png")));
        const QString out = dir.filePath("out.png");
        const CliResult r = runCli({"conv", "--image", dir.filePath("in.png"), "--kernel", "sobel-x", "--out", out,
                                    "--normalize", "abs", "--pool", "max"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().first(), QString("output 19x14")); // (40 − 3 + 1) / 2, (30 − 3 + 1) / 2
        const QImage result(out);
        QCOMPARE(result.size(), QSize(19, 14));
        QCOMPARE(qGray(result.pixel(9, 7)), 255); // |gx| = 4·200 on the edge, clipped to 255
        QCOMPARE(qGray(result.pixel(2, 7)), 0);
        const CliResult rgb = runCli({"conv", "--image", dir.filePath("in.png"), "--rgb", "--kernel", "blur"});
        QCOMPARE(rgb.lines().first(), QString("output 38x28 (3 channels)"));
        // 16-bit, indexed and alpha images are accepted
        QVERIFY(picture.convertToFormat(QImage::Format_RGBA64).save(dir.filePath("deep.png")));
        QVERIFY(picture.convertToFormat(QImage::Format_Indexed8).save(dir.filePath("indexed.png")));
        QVERIFY(picture.convertToFormat(QImage::Format_ARGB32).save(dir.filePath("alpha.png")));
        for (const QString name : {"deep.png", "indexed.png", "alpha.png"})
            QCOMPARE(runCli({"conv", "--image", dir.filePath(name), "--kernel", "edge"}).exitCode, 0);
    }
    void badInputIsOneLineAndExitOne()
    {
        QTemporaryDir dir;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::gray);
        picture.save(dir.filePath("whole.png"));
        QFile whole(dir.filePath("whole.png"));
        whole.open(QIODevice::ReadOnly);
        const QByteArray bytes = whole.readAll();
        // a tiny PNG whose header claims 50000×50000 pixels: refused before any allocation
        const QByteArray huge = QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000c3500000c3500802000000c4cdaa9d"
                                                      "0000000b49444154789c6360800100000a00017f80745e0000000049454e44ae426082");
        const QStringList files = {writeFile(dir, "truncated.png", bytes.left(bytes.size() / 2)),
                                   writeFile(dir, "empty.png", {}), writeFile(dir, "text.png", "not an image"),
                                   writeFile(dir, "huge.png", huge), dir.filePath("missing.png")};
        for (const QString& file : files) {
            const CliResult r = runCli({"conv", "--image", file, "--kernel", "edge"});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(runCli({"conv", "--image", files[3], "--kernel", "edge"}).err.contains("50000×50000"));
        const CliResult cell = runCli({"conv", "--matrix", "1 2;3 4", "--kernel", "1 x"});
        QCOMPARE(cell.exitCode, 1);
        QVERIFY(cell.err.contains("'x' is not a number"));
        const CliResult large = runCli({"conv", "--matrix", "1 2;3 4", "--kernel", "corner"});
        QCOMPARE(large.exitCode, 1);
        QVERIFY(large.err.contains("larger than the padded input"));
        const CliResult notWhole = runCli({"conv", "--matrix", "1 2 3;4 5 6;7 8 9", "--kernel", "1 1;1 1", "--stride", "2"});
        QCOMPARE(notWhole.exitCode, 1);
        QVERIFY(notWhole.err.contains("is not a whole number"));
    }
    void badUsageIsExitTwo()
    {
        QCOMPARE(runCli({"conv", "--matrix", "1"}).exitCode, 2);                      // no kernel
        QCOMPARE(runCli({"conv", "--kernel", "edge"}).exitCode, 2);                   // no input
        QCOMPARE(runCli({"conv", "--matrix", "1", "--kernel", "1", "--pool", "min"}).exitCode, 2);
        QCOMPARE(runCli({"conv", "--matrix", "1", "--kernel", "1", "--padding", "wide"}).exitCode, 2);
        QCOMPARE(runCli({"conv", "--matrix", "1", "--kernel", "1", "--kernel", "1"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliConv)
#include "test_cli_conv.moc"
