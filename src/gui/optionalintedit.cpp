#include "optionalintedit.h"

#include "formsync.h"

#include <QRegularExpressionValidator>

namespace podwright::gui {

OptionalIntEdit::OptionalIntEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("(not set)"));
    updateValidator();
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const std::optional<qint64> v = parse(text, m_base, &ok);
        if (ok && (!v || (*v >= m_minimum && *v <= m_maximum)))
            Q_EMIT valueEdited(v);
    });
}

void OptionalIntEdit::setRange(qint64 minimum, qint64 maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    updateValidator();
}

void OptionalIntEdit::setBase(int base)
{
    m_base = base;
    updateValidator();
}

std::optional<qint64> OptionalIntEdit::value() const
{
    return parse(text(), m_base);
}

void OptionalIntEdit::setValue(std::optional<qint64> v)
{
    bool ok = false;
    if (parse(text(), m_base, &ok) == v && ok)
        return;
    setTextKeepingCursor(this, format(v, m_base));
}

QString OptionalIntEdit::format(std::optional<qint64> value, int base)
{
    if (!value)
        return QString();
    if (base == 8)
        return QStringLiteral("0") + QString::number(*value, 8);
    return QString::number(*value, base);
}

std::optional<qint64> OptionalIntEdit::parse(const QString &text, int base, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (ok)
            *ok = true;
        return std::nullopt;
    }
    bool converted = false;
    const qint64 v = trimmed.toLongLong(&converted, base);
    if (ok)
        *ok = converted;
    if (!converted)
        return std::nullopt;
    return v;
}

void OptionalIntEdit::updateValidator()
{
    // A regular expression rather than QIntValidator: QIntValidator is int-only, accepts
    // locale group separators and knows no octal.
    const QString digits = m_base == 8 ? QStringLiteral("[0-7]") : QStringLiteral("[0-9]");
    const QString sign = m_minimum < 0 ? QStringLiteral("-?") : QString();
    const QValidator *old = validator();
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^%1%2{0,19}$").arg(sign, digits)), this));
    delete old;
}

} // namespace podwright::gui
