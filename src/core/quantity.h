#pragma once

#include <QString>

#include <optional>

namespace podwright {

/**
 * A Kubernetes resource quantity ("500m", "128Mi", "1e3", "0.5"), parsed exactly as
 * k8s.io/apimachinery/pkg/api/resource.ParseQuantity does.
 *
 * The value is kept exactly in nano-units (1n is the smallest step; finer values round up
 * as Kubernetes rounds them), so comparisons and the canonical form match the API server's.
 */
class Quantity
{
public:
    enum class Format { DecimalExponent, BinarySI, DecimalSI };

    /// The quantity, or nullopt with the Kubernetes error text in `error`.
    static std::optional<Quantity> parse(const QString &text, QString *error = nullptr);

    /// Value in thousandths, rounded away from zero (resource.Quantity.MilliValue); for cpu,
    /// millicores. Saturates at the qint64 range.
    qint64 milliValue() const;
    /// Value rounded away from zero to a whole number (resource.Quantity.Value); for memory,
    /// bytes.
    qint64 value() const;
    /// -1, 0 or 1, like resource.Quantity.Cmp.
    int compare(const Quantity &other) const;
    bool isZero() const { return m_nano == 0; }
    bool isNegative() const { return m_nano < 0; }
    Format format() const { return m_format; }

    /// The canonical form the API server prints: "1000m" -> "1", "0.5" -> "500m",
    /// "1536Mi" stays, "1.5Gi" -> "1536Mi", "1e3" stays.
    QString toString() const;

private:
    __extension__ using Int128 = __int128; // exact for every quantity Kubernetes accepts

    Int128 m_nano = 0;
    Format m_format = Format::DecimalSI;
};

} // namespace podwright
