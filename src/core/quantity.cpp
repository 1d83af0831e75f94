#include "quantity.h"

#include <algorithm>
#include <limits>

namespace podwright {

namespace {

__extension__ using Int128 = __int128;

const Int128 kMax = (Int128(1) << 126); // saturation bound, far beyond any real quantity

QString formatWrong()
{
    return QStringLiteral("quantities must match the regular expression "
                          "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

struct Suffix {
    int base = 10;
    int exponent = 0;
    Quantity::Format format = Quantity::Format::DecimalSI;
};

std::optional<Suffix> interpretSuffix(const QString &s)
{
    static const std::pair<const char *, int> decimal[]
        = { { "n", -9 }, { "u", -6 }, { "m", -3 }, { "", 0 },   { "k", 3 },
            { "M", 6 },  { "G", 9 },  { "T", 12 }, { "P", 15 }, { "E", 18 } };
    static const std::pair<const char *, int> binary[]
        = { { "Ki", 10 }, { "Mi", 20 }, { "Gi", 30 }, { "Ti", 40 }, { "Pi", 50 }, { "Ei", 60 } };
    for (const auto &[name, exp] : decimal) {
        if (s == QLatin1String(name))
            return Suffix { 10, exp, Quantity::Format::DecimalSI };
    }
    for (const auto &[name, exp] : binary) {
        if (s == QLatin1String(name))
            return Suffix { 2, exp, Quantity::Format::BinarySI };
    }
    if (s.size() > 1 && (s[0] == QLatin1Char('e') || s[0] == QLatin1Char('E'))) {
        bool ok = false;
        const int exp = s.mid(1).toInt(&ok);
        if (ok)
            return Suffix { 10, exp, Quantity::Format::DecimalExponent };
    }
    return std::nullopt;
}

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

Int128 saturatingMul(Int128 a, Int128 b)
{
    if (a != 0 && b != 0 && (a > kMax / b))
        return kMax;
    return a * b;
}

// Divides rounding away from zero, as inf.RoundUp does.
Int128 divideUp(Int128 value, Int128 divisor)
{
    const bool negative = value < 0;
    const Int128 magnitude = negative ? -value : value;
    Int128 q = magnitude / divisor;
    if (magnitude % divisor != 0)
        ++q;
    return negative ? -q : q;
}

qint64 clampToInt64(Int128 v)
{
    if (v > Int128(std::numeric_limits<qint64>::max()))
        return std::numeric_limits<qint64>::max();
    if (v < Int128(std::numeric_limits<qint64>::min()))
        return std::numeric_limits<qint64>::min();
    return qint64(v);
}

QString int128ToString(Int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    if (negative)
        v = -v;
    QString digits;
    while (v > 0) {
        digits.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace

std::optional<Quantity> Quantity::parse(const QString &str, QString *error)
{
    // A port of parseQuantityString + ParseQuantity (k8s.io/apimachinery/pkg/api/resource):
    // hand-written because its quirks (leading-zero stripping, "1.G" allowed, suffix set)
    // must match exactly.
    auto fail = [error](const QString &message) -> std::optional<Quantity> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (str.isEmpty())
        return fail(formatWrong());

    const qsizetype end = str.size();
    qsizetype pos = 0;
    bool positive = true;
    if (str[0] == QLatin1Char('-')) {
        positive = false;
        ++pos;
    } else if (str[0] == QLatin1Char('+')) {
        ++pos;
    }
    while (pos < end && str[pos] == QLatin1Char('0'))
        ++pos;
    const qsizetype numStart = pos;
    while (pos < end && isDigit(str[pos]))
        ++pos;
    const QString num = str.mid(numStart, pos - numStart);
    QString denom;
    if (pos < end && str[pos] == QLatin1Char('.')) {
        ++pos;
        const qsizetype denomStart = pos;
        while (pos < end && isDigit(str[pos]))
            ++pos;
        denom = str.mid(denomStart, pos - denomStart);
    }
    const qsizetype suffixStart = pos;
    while (pos < end && QStringLiteral("eEinumkKMGTP").contains(str[pos]))
        ++pos;
    if (pos < end && (str[pos] == QLatin1Char('-') || str[pos] == QLatin1Char('+')))
        ++pos;
    while (pos < end && isDigit(str[pos]))
        ++pos;
    if (pos < end)
        return fail(formatWrong());
    const QString suffixText = str.mid(suffixStart);

    const std::optional<Suffix> suffix = interpretSuffix(suffixText);
    if (!suffix)
        return fail(QStringLiteral("unable to parse quantity's suffix"));
    // Kubernetes' fast path quietly reads a lone sign or suffix as zero; a quantity without a
    // single digit is almost certainly a typo, so it is rejected here.
    if (std::none_of(str.begin(), str.begin() + suffixStart, isDigit))
        return fail(QStringLiteral("quantity must have at least one digit"));

    // value = (num.denom) * base^exponent, kept as nano-units rounded away from zero.
    Int128 mantissa = 0;
    for (const QChar c : num + denom)
        mantissa = saturatingMul(mantissa, 10) + (c.unicode() - u'0');
    int scale10 = -int(denom.size()) + 9; // nano
    Int128 nano = mantissa;
    if (suffix->base == 10)
        scale10 += suffix->exponent;
    else
        nano = saturatingMul(nano, Int128(1) << suffix->exponent);
    if (scale10 >= 0) {
        nano = saturatingMul(nano, pow10(std::min(scale10, 38)));
    } else {
        nano = scale10 < -38 ? (nano != 0 ? 1 : 0) : divideUp(nano, pow10(-scale10));
    }

    Quantity q;
    q.m_format = suffix->format;
    if (q.m_format == Format::BinarySI) {
        const Int128 maxAllowed = Int128(std::numeric_limits<qint64>::max()) * 1000000000;
        if (nano > maxAllowed)
            nano = maxAllowed;
        if (nano > 0 && nano < 1000000000)
            q.m_format = Format::DecimalSI;
    }
    q.m_nano = positive ? nano : -nano;
    return q;
}

qint64 Quantity::milliValue() const
{
    return clampToInt64(divideUp(m_nano, 1000000));
}

qint64 Quantity::value() const
{
    return clampToInt64(divideUp(m_nano, 1000000000));
}

int Quantity::compare(const Quantity &other) const
{
    return m_nano < other.m_nano ? -1 : (m_nano > other.m_nano ? 1 : 0);
}

QString Quantity::toString() const
{
    if (m_nano == 0)
        return QStringLiteral("0");
    Format format = m_format;
    const Int128 one = 1000000000;
    if (format == Format::BinarySI) {
        if (m_nano > -1024 * one && m_nano < 1024 * one)
            format = Format::DecimalSI;
        else if (m_nano % one != 0)
            format = Format::DecimalSI;
    }
    if (format == Format::BinarySI) {
        Int128 v = m_nano / one;
        int exp = 0;
        while (exp < 6 && v % 1024 == 0) {
            v /= 1024;
            ++exp;
        }
        static const char *const suffixes[] = { "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei" };
        return int128ToString(v) + QLatin1String(suffixes[exp]);
    }
    // AsCanonicalBytes: strip factors of ten, then step back to a multiple of three.
    Int128 v = m_nano;
    int exp = -9;
    while (v % 1000 == 0) {
        v /= 1000;
        exp += 3;
    }
    if (format == Format::DecimalExponent)
        return int128ToString(v) + (exp == 0 ? QString() : QStringLiteral("e%1").arg(exp));
    static const std::pair<int, const char *> suffixes[]
        = { { -9, "n" }, { -6, "u" }, { -3, "m" }, { 0, "" },   { 3, "k" },
            { 6, "M" },  { 9, "G" },  { 12, "T" }, { 15, "P" }, { 18, "E" } };
    for (const auto &[e, name] : suffixes) {
        if (e == exp)
            return int128ToString(v) + QLatin1String(name);
    }
    return int128ToString(v) + QStringLiteral("e%1").arg(exp);
}

} // namespace podwright
