// The user interface language: English (the source strings) or French, or the system's.
// Installs Neurone's catalogue (embedded under :/i18n) and Qt's own, when Qt ships one.
#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

#include <memory>

class Language {
public:
    // "en", "fr", or "" for the system locale. Returns the language actually in use.
    QString apply(const QString& code);
    QString current() const { return current_; }

    static QStringList available() { return {"en", "fr"}; }

private:
    void removeTranslators();

    QString current_ = "en";
    std::unique_ptr<QTranslator> neurone_;
    std::unique_ptr<QTranslator> qt_;
};
