#include "optionalintedit.h"

#include "formsync.h"

#include <QValidator>

namespace podwright::gui {

namespace {

/// Digits in the field's base, refusing only what more typing cannot fix: a value above the
/// maximum. One below the minimum (a port of 0) stays, reaches the model and gets the API's
/// inline message, so what the field shows is always what the YAML says.
class RangeValidator : public QValidator
{
public:
    RangeValidator(qint64 minimum, qint64 maximum, int base, QObject *parent)
        : QValidator(parent)
        , m_minimum(minimum)
        , m_maximum(maximum)
        , m_base(base)
    { }

    State validate(QString &input, int &) const override
    {
        const QString text = input.trimmed();
        if (text.isEmpty())
            return Acceptable;
        if (text == QLatin1String("-") && m_minimum < 0)
            return Intermediate;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok, m_base);
        if (!ok || value > m_maximum)
            return Invalid;
        return value < m_minimum ? Intermediate : Acceptable;
    }

private:
    qint64 m_minimum;
    qint64 m_maximum;
    int m_base;
};

} // namespace

OptionalIntEdit::OptionalIntEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("(not set)"));
    updateValidator();
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const std::optional<qint64> v = parse(text, m_base, &ok);
        if (ok)
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
    // Not QIntValidator: it is int-only, accepts locale group separators and knows no octal.
    const QValidator *old = validator();
    setValidator(new RangeValidator(m_minimum, m_maximum, m_base, this));
    delete old;
}

} // namespace podwright::gui
