#include "gui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

QString Language::apply(const QString& code)
{
    QString wanted = code;
    if (wanted.isEmpty())
        wanted = QLocale::system().name().startsWith("fr") ? "fr" : "en";
    removeTranslators();
    current_ = "en";
    QLocale::setDefault(QLocale(wanted == "fr" ? QLocale::French : QLocale::English));
    if (wanted == "en")
        return current_;
    auto own = std::make_unique<QTranslator>();
    if (own->load(":/i18n/neurone_" + wanted + ".qm")) {
        QCoreApplication::installTranslator(own.get());
        neurone_ = std::move(own);
        current_ = wanted;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load("qtbase_" + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt_ = std::move(qt);
    }
    return current_;
}

void Language::removeTranslators()
{
    for (auto* translator : {neurone_.get(), qt_.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    neurone_.reset();
    qt_.reset();
}
