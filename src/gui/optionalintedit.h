#pragma once

#include <QLineEdit>

#include <optional>

namespace podwright::gui {

/**
 * A number field where empty means "not set" (std::nullopt), which a QSpinBox cannot say:
 * Kubernetes treats an omitted terminationGracePeriodSeconds very differently from 0.
 * Accepts only digits within [minimum, maximum]; `base` 8 shows file modes as octal (0644).
 */
class OptionalIntEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OptionalIntEdit(QWidget *parent = nullptr);

    void setRange(qint64 minimum, qint64 maximum);
    void setBase(int base);
    int base() const { return m_base; }

    std::optional<qint64> value() const;
    /// Shows `value` unless the text already means it (so typing "007" is not rewritten).
    void setValue(std::optional<qint64> value);

    static QString format(std::optional<qint64> value, int base = 10);
    static std::optional<qint64> parse(const QString &text, int base = 10, bool *ok = nullptr);

Q_SIGNALS:
    /// The user changed the text to a complete number or to empty (unset).
    void valueEdited(std::optional<qint64> value);

private:
    void updateValidator();

    qint64 m_minimum = 0;
    qint64 m_maximum = std::numeric_limits<int>::max();
    int m_base = 10;
};

} // namespace podwright::gui
