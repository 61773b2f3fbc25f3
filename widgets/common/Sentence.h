// A reason from io/ or engine/ as a whole sentence, so that a panel can say what to do after it
// ("x.png does not exist" → "x.png does not exist. Choose another image."): a full stop is
// added unless the text already ends with one, or with "!", "?" or "…".
#pragma once

#include <QString>

inline QString asSentence(const QString& reason)
{
    QString text = reason.trimmed();
    if (!text.isEmpty() && !QStringLiteral(".!?…").contains(text.back()))
        text += u'.';
    return text;
}
