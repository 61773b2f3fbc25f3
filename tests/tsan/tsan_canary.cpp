// Proof that `make test-tsan` still sees a race between two of Neurone's threads with its
// suppressions (tests/tsan.supp) and ignore_noninstrumented_modules: a worker on a QThread,
// started by a queued call as the panels' workers are, counts in a plain int while the GUI
// thread reads it from a timer. ThreadSanitizer must report it: CTest expects this program
// to fail (WILL_FAIL), so a run that hides the race fails the suite.
#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace {

class Counter : public QObject {
    Q_OBJECT
public:
    int count = 0; // unguarded on purpose

public slots:
    void run()
    {
        for (int i = 0; i < 2'000'000; ++i)
            count = count + 1;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QThread thread;
    Counter counter;
    counter.moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(&counter, &Counter::run, Qt::QueuedConnection);
    long seen = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { seen += counter.count; });
    timer.start(1);
    QTimer::singleShot(300, &app, &QCoreApplication::quit);
    app.exec();
    thread.quit();
    thread.wait();
    return seen >= 0 ? 0 : 2;
}

#include "tsan_canary.moc"
