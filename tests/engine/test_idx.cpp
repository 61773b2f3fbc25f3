// IDX files and their gzip wrapper: tiny files built in memory, every kind of damage refused
// with its reason, and Debian's Fashion-MNIST files loaded whole.
#include "data/FashionMnist.h"
#include "data/Gzip.h"
#include "data/Idx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <array>
#include <numeric>

using namespace neurone;

namespace {

Bytes idx(std::initializer_list<std::uint8_t> header, std::size_t values)
{
    Bytes bytes(header);
    for (std::size_t k = 0; k < values; ++k)
        bytes.push_back(std::uint8_t(k * 7));
    return bytes;
}

// 2 × 2 × 3 unsigned bytes.
Bytes tiny() { return idx({0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3}, 12); }

std::string errorOf(const std::variant<IdxArray, std::string>& parsed)
{
    const auto* error = std::get_if<std::string>(&parsed);
    return error ? *error : std::string("(parsed)");
}

// CRC-32 (IEEE), bit by bit: the reference the gzip trailer is checked against.
std::uint32_t crc32Reference(const Bytes& data)
{
    std::uint32_t crc = 0xffffffffu;
    for (const std::uint8_t byte : data) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putLittle(Bytes& out, std::uint32_t value, int bytes)
{
    for (int k = 0; k < bytes; ++k)
        out.push_back(std::uint8_t(value >> (8 * k)));
}

// A gzip member holding `data` in one stored (uncompressed) deflate block.
Bytes gzipStored(const Bytes& data)
{
    Bytes out = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 0x01};
    putLittle(out, std::uint32_t(data.size()), 2);
    putLittle(out, std::uint32_t(~data.size() & 0xffff), 2);
    out.insert(out.end(), data.begin(), data.end());
    putLittle(out, crc32Reference(data), 4);
    putLittle(out, std::uint32_t(data.size()), 4);
    return out;
}

} // namespace

class IdxTest : public QObject {
    Q_OBJECT
private slots:
    void parsesATinyFile()
    {
        const auto parsed = parseIdx(std::span<const std::uint8_t>(tiny()));
        QVERIFY2(std::holds_alternative<IdxArray>(parsed), errorOf(parsed).c_str());
        const IdxArray& array = std::get<IdxArray>(parsed);
        QCOMPARE(array.sizes, (std::vector<std::uint32_t>{2, 2, 3}));
        QCOMPARE(array.count(), 2u);
        QCOMPARE(array.itemSize(), std::size_t(6));
        QCOMPARE(array.values.size(), std::size_t(12));
        QCOMPARE(int(array.values[0]), 0);
        QCOMPARE(int(array.values[11]), 77);
        // The moving overload gives the same array, reusing the buffer.
        const auto moved = parseIdx(tiny());
        QCOMPARE(std::get<IdxArray>(moved).values, array.values);
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        const auto bytes = [](const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); };
        Bytes truncated = tiny();
        truncated.pop_back();
        Bytes trailing = tiny();
        trailing.push_back(0);
        Bytes magic = tiny();
        magic[0] = 0x1f;
        Bytes type = tiny();
        type[2] = 0x0D;
        QTest::newRow("empty") << QByteArray() << "too short for an IDX header (0 bytes)";
        QTest::newRow("truncated values") << bytes(truncated) << "truncated: the IDX header declares 12 values but 11 bytes follow it";
        QTest::newRow("truncated header") << bytes(idx({0, 0, 8, 3, 0, 0, 0, 2, 0, 0}, 0))
                                          << "truncated IDX header (3 sizes announced, 10 bytes in the file)";
        QTest::newRow("extra bytes") << bytes(trailing) << "the IDX header declares 12 values but 13 bytes follow it";
        QTest::newRow("wrong magic") << bytes(magic) << "not an IDX file (it starts with 0x1F 0x00, not 0x00 0x00)";
        QTest::newRow("float values") << bytes(type) << "IDX element type 0x0D is not supported (only 0x08, unsigned bytes)";
        QTest::newRow("no dimension") << bytes(idx({0, 0, 8, 0}, 0)) << "IDX files with 0 dimensions are not supported (1 to 4)";
        QTest::newRow("five dimensions") << bytes(idx({0, 0, 8, 5}, 0)) << "IDX files with 5 dimensions are not supported (1 to 4)";
        QTest::newRow("size zero") << bytes(idx({0, 0, 8, 2, 0, 0, 0, 4, 0, 0, 0, 0}, 0)) << "IDX dimension 2 has size 0";
        // 2³² − 1 cubed overflows 64 bits if multiplied blindly; refused at the second size.
        QTest::newRow("sizes overflow") << bytes(idx({0, 0, 8, 3, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255}, 4))
                                        << "the IDX sizes declare more than 268435456 values";
        // One size just over the limit: refused before anything is allocated for it.
        QTest::newRow("too many values") << bytes(idx({0, 0, 8, 1, 0x10, 0, 0, 1}, 16))
                                         << "the IDX sizes declare more than 268435456 values";
        QTest::newRow("count larger than the file") << bytes(idx({0, 0, 8, 1, 0x01, 0, 0, 0}, 3))
                                                    << "truncated: the IDX header declares 16777216 values but 3 bytes follow it";
    }
    void refusesDamage()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        const auto parsed = parseIdx(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(file.data()),
                                                                   std::size_t(file.size())));
        QCOMPARE(QString::fromStdString(errorOf(parsed)), reason);
    }

    void gunzipsAndRefusesDamagedStreams()
    {
        const Bytes original = tiny();
        const Bytes gz = gzipStored(original);
        QVERIFY(isGzip(gz));
        const auto inflated = gunzip(gz, 1 << 20);
        QVERIFY(std::holds_alternative<Bytes>(inflated));
        QCOMPARE(std::get<Bytes>(inflated), original);

        Bytes truncated = gz;
        truncated.resize(truncated.size() - 6);
        QCOMPARE(std::get<std::string>(gunzip(truncated, 1 << 20)), std::string("truncated (the compressed stream ends early)"));
        Bytes badCrc = gz;
        badCrc[badCrc.size() - 8] ^= 0x01;
        QCOMPARE(std::get<std::string>(gunzip(badCrc, 1 << 20)), std::string("corrupt compressed data: incorrect data check"));
        Bytes trailing = gz;
        trailing.push_back(0);
        QCOMPARE(std::get<std::string>(gunzip(trailing, 1 << 20)), std::string("unexpected bytes after the compressed stream"));
        QCOMPARE(std::get<std::string>(gunzip(gz, 8)), std::string("decompresses to more than 8 bytes"));
        QCOMPARE(std::get<std::string>(gunzip(original, 1 << 20)), std::string("not a gzip stream (it does not start with 1f 8b)"));
    }

    void loadsGzippedAndPlainFiles()
    {
        const QString dir = QDir::tempPath() + "/neurone-idx-test-" + QString::number(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(dir));
        const auto write = [&](const QString& name, const Bytes& b) {
            QFile f(dir + "/" + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reinterpret_cast<const char*>(b.data()), qint64(b.size()));
        };
        write("plain-idx3-ubyte", tiny());
        write("packed-idx3-ubyte.gz", gzipStored(tiny()));
        Bytes damaged = gzipStored(tiny());
        damaged.resize(damaged.size() - 9);
        write("damaged-idx3-ubyte.gz", damaged);
        const auto plain = loadIdxFile((dir + "/plain-idx3-ubyte").toStdString());
        const auto packed = loadIdxFile((dir + "/packed-idx3-ubyte.gz").toStdString());
        QCOMPARE(std::get<IdxArray>(plain).values, std::get<IdxArray>(packed).values);
        QCOMPARE(errorOf(loadIdxFile((dir + "/damaged-idx3-ubyte.gz").toStdString())),
                 std::string("damaged-idx3-ubyte.gz: truncated (the compressed stream ends early)"));
        QCOMPARE(errorOf(loadIdxFile((dir + "/missing").toStdString())), (dir + "/missing does not exist").toStdString());
        QDir(dir).removeRecursively();
    }

    void missingFashionMnistNamesThePackage()
    {
        const auto loaded = loadFashionMnist({"/nonexistent/neurone"});
        QCOMPARE(std::get<std::string>(loaded),
                 std::string("Fashion-MNIST is not installed: sudo apt-get install dataset-fashion-mnist; "
                             "looked in /nonexistent/neurone"));
    }

    void loadsDebiansFashionMnist()
    {
        if (!QFileInfo::exists(QString::fromStdString(fashionMnistSystemFolder.string())))
            QSKIP("Fashion-MNIST is not installed here (sudo apt-get install dataset-fashion-mnist)");
        const auto loaded = loadFashionMnist({fashionMnistSystemFolder});
        if (const auto* error = std::get_if<std::string>(&loaded))
            QFAIL(error->c_str());
        const DataSplits& data = std::get<DataSplits>(loaded);
        QCOMPARE(data.train.size(), std::size_t(60000));
        QCOMPARE(data.test->size(), std::size_t(10000));
        QCOMPARE(data.train.shape(), (Shape{1, 28, 28}));
        QCOMPARE(data.train.classNames().at(9), std::string("Ankle boot"));
        const std::array trainFirst = {9, 0, 0, 3, 0, 2, 7, 2, 5, 5};
        const std::array testFirst = {9, 2, 1, 1, 6, 1, 4, 6, 5, 7};
        for (std::size_t k = 0; k < trainFirst.size(); ++k) {
            QCOMPARE(data.train.label(k), trainFirst[k]);
            QCOMPARE(data.test->label(k), testFirst[k]);
        }
        QCOMPARE(data.train.classCounts(), std::vector<std::size_t>(10, 6000));
        // The first image's pixels add up to 76247 (checked with Python's gzip module).
        const std::uint32_t first = 0;
        const Batch x = data.train.features({&first, 1});
        QCOMPARE(qRound(x.sum() * 255.0f), 76247);
        // Bytes, not floats: 60000 × 785 + 10000 × 785 bytes, about 55 MB in all.
        QCOMPARE(data.train.storageBytes(), std::size_t(60000 * 785));
        QCOMPARE(data.test->storageBytes(), std::size_t(10000 * 785));
    }
};

QTEST_APPLESS_MAIN(IdxTest)
#include "test_idx.moc"
