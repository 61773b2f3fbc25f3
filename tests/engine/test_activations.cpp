// Activation functions: hand values, derivatives against central differences, softmax.
#include "nn/Activation.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace neurone;

namespace {

bool near(float actual, double expected, double tolerance = 1e-6)
{
    return std::abs(double(actual) - expected) <= tolerance;
}

} // namespace

class ActivationsTest : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (const ActivationKind kind : allActivationKinds)
            QCOMPARE(activationKindFromName(activationName(kind)), kind);
        QCOMPARE(activationName(ActivationKind::LeakyReLU), std::string_view("leaky-relu"));
        QCOMPARE(activationKindFromName("step"), ActivationKind::Step);
        QVERIFY(!activationKindFromName("sigmoïde").has_value());
        QCOMPARE(defaultAlpha(ActivationKind::ELU), 1.0f);
        QCOMPARE(defaultAlpha(ActivationKind::LeakyReLU), 0.01f);
    }

    void handValues()
    {
        QCOMPARE(sigmoid(0), 0.5f);
        QVERIFY(near(sigmoid(2), 1 / (1 + std::exp(-2.0)))); // 0.880797
        QVERIFY(near(sigmoid(-2), 0.119203));
        QVERIFY(sigmoid(-100) >= 0 && sigmoid(-100) < 1e-40f); // no overflow of e^100
        QCOMPARE(sigmoid(100), 1.0f);
        QCOMPARE(hyperbolicTangent(0), 0.0f);
        QVERIFY(near(hyperbolicTangent(1), 0.761594));
        QCOMPARE(relu(-2), 0.0f);
        QCOMPARE(relu(3), 3.0f);
        QVERIFY(near(leakyRelu(-2, 0.1f), -0.2));
        QCOMPARE(leakyRelu(2, 0.1f), 2.0f);
        QVERIFY(near(elu(-1, 1), std::exp(-1.0) - 1)); // −0.632121
        QVERIFY(near(elu(-1, 0.5f), 0.5 * (std::exp(-1.0) - 1)));
        QCOMPARE(elu(2, 1), 2.0f);
        QVERIFY(near(softplus(0), std::log(2.0)));
        QVERIFY(near(softplus(1), std::log(1 + std::exp(1.0)))); // 1.313262
        QCOMPARE(softplus(100), 100.0f);                          // no overflow of e^100
        QVERIFY(softplus(-100) >= 0 && softplus(-100) < 1e-40f);
        QCOMPARE(linear(-1.5f), -1.5f);
        QCOMPARE(step(0), 1.0f); // f(Y) = 1 if Y ≥ 0
        QCOMPARE(step(-1e-9f), 0.0f);
        QCOMPARE(step(3), 1.0f);
    }

    void derivativeHandValues()
    {
        QCOMPARE(sigmoidDerivative(0), 0.25f);
        QCOMPARE(hyperbolicTangentDerivative(0), 1.0f);
        QCOMPARE(reluDerivative(0), 1.0f); // the course's convention: 1 if Y ≥ 0
        QCOMPARE(reluDerivative(-0.5f), 0.0f);
        QCOMPARE(leakyReluDerivative(-1, 0.1f), 0.1f);
        QVERIFY(near(eluDerivative(-1, 1), elu(-1, 1) + 1)); // f + α = e^−1
        QVERIFY(near(softplusDerivative(0.7f), sigmoid(0.7f)));
        QCOMPARE(linearDerivative(5), 1.0f);
        QCOMPARE(stepDerivative(0.5f), 0.0f);
    }

    void derivativesMatchFiniteDifferences_data()
    {
        QTest::addColumn<ActivationKind>("kind");
        QTest::addColumn<float>("alpha");
        for (const ActivationKind kind : allActivationKinds)
            if (isElementwise(kind))
                QTest::newRow(activationName(kind).data()) << kind << defaultAlpha(kind);
        QTest::newRow("leaky-relu α=0.2") << ActivationKind::LeakyReLU << 0.2f;
        QTest::newRow("elu α=0.5") << ActivationKind::ELU << 0.5f;
    }
    void derivativesMatchFiniteDifferences()
    {
        QFETCH(ActivationKind, kind);
        QFETCH(float, alpha);
        const float h = 1e-3f;
        // Away from 0, where ReLU, its variants and the step have a kink.
        for (const float y : {-3.0f, -1.2f, -0.4f, 0.3f, 0.9f, 2.5f}) {
            const double numeric =
                (double(activate(kind, y + h, alpha)) - activate(kind, y - h, alpha)) / (2 * h);
            const double analytic = activationDerivative(kind, y, alpha);
            QVERIFY2(std::abs(analytic - numeric) <= 1e-2 * std::abs(analytic) + 1e-3,
                     qPrintable(QString("y = %1: f' = %2, finite differences %3")
                                    .arg(y).arg(analytic).arg(numeric)));
        }
    }

    void softmaxIsADistribution()
    {
        Batch logits(3, 3);
        logits << 1, 2, 3,          //
            1000, 1000, 999,        // would overflow e^1000 without the max shift
            -1000, 0, 5;
        const Batch p = softmax(logits);
        QVERIFY(p.allFinite());
        for (Eigen::Index r = 0; r < p.rows(); ++r)
            QVERIFY(near(p.row(r).sum(), 1.0, 1e-6));
        const double z = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
        QVERIFY(near(p(0, 0), std::exp(1.0) / z)); // 0.090031
        QVERIFY(near(p(0, 2), std::exp(3.0) / z)); // 0.665241
        const double e = std::exp(1.0);
        QVERIFY(near(p(1, 0), e / (2 * e + 1))); // 0.422319
        QVERIFY(near(p(1, 2), 1 / (2 * e + 1))); // 0.155362
        QCOMPARE(p(2, 0), 0.0f);
    }

    void softmaxIgnoresAShiftOfTheLogits()
    {
        Batch logits(1, 4);
        logits << 0.5f, -1, 2, 0;
        const Batch shifted = (logits.array() + 50).matrix();
        QVERIFY(softmax(logits).isApprox(softmax(shifted), 1e-5f));
    }

    void batchForwardUsesAlpha()
    {
        Batch y(1, 3);
        y << -2, 0, 2;
        const Batch f = activationForward(ActivationKind::LeakyReLU, y, 0.25f);
        QCOMPARE(f(0, 0), -0.5f);
        QCOMPARE(f(0, 1), 0.0f);
        QCOMPARE(f(0, 2), 2.0f);
    }

    void softmaxHasNoScalarForm()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, activate(ActivationKind::Softmax, 0, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 activationDerivative(ActivationKind::Softmax, 0, 0));
    }
};

QTEST_APPLESS_MAIN(ActivationsTest)
#include "test_activations.moc"
