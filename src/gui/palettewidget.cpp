#include "palettewidget.h"

#include "canvasstyle.h"
#include "icons.h"

#include <QApplication>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {

constexpr int PartRole = Qt::UserRole + 1;

// QListWidget's own drags carry its internal item format; the canvas needs the part kind.
class PartList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return { partMimeType() }; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty() || !items.first()->data(PartRole).isValid())
            return nullptr;
        return PaletteWidget::createMimeData(
            static_cast<PartKind>(items.first()->data(PartRole).toInt()));
    }
};

/// One line per row: swatch and name, or a heading. QStyledItemDelegate lays each row's text
/// out with QTextLayout (wrapping, rich layout) to size it and again to paint it: 10 M
/// instructions, most of the palette's cost before the window's first paint
/// (docs/benchmarks.md, "Start-up"). The background, selection, hover and focus are still the
/// style's.
class PartDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        const QString text = index.data(Qt::DisplayRole).toString();
        const bool heading = !index.data(PartRole).isValid();
        const int iconWidth = heading ? 0 : option.decorationSize.width() + spacing(option);
        const int height = heading ? metrics.height() + 4
                                   : std::max(option.decorationSize.height(), metrics.height()) + 8;
        return { 2 * margin(option) + iconWidth + metrics.horizontalAdvance(text), height };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool enabled = opt.state & QStyle::State_Enabled;
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect content = opt.rect.adjusted(margin(opt), 0, -margin(opt), 0);
        int x = content.left();
        if (!opt.icon.isNull()) {
            const QSize size = opt.decorationSize;
            const QRect iconRect(QPoint(x, content.center().y() - size.height() / 2 + 1), size);
            opt.icon.paint(painter, iconRect, Qt::AlignCenter,
                           enabled ? (selected ? QIcon::Selected : QIcon::Normal)
                                   : QIcon::Disabled);
            x += size.width() + spacing(opt);
        }
        const QRect textRect(x, content.top(), content.right() - x + 1, content.height());
        const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            opt.fontMetrics.elidedText(opt.text, opt.textElideMode, textRect.width()));
        painter->restore();
        if (opt.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(opt);
            focus.backgroundColor
                = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
    }

private:
    static int margin(const QStyleOptionViewItem &option)
    {
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        return style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, option.widget) + 1;
    }
    static int spacing(const QStyleOptionViewItem &option) { return margin(option) + 2; }
};

QColor accentOf(PartKind kind)
{
    if (isContainerPart(kind))
        return CanvasStyle::laneAccent(laneOfPart(kind));
    if (isVolumePart(kind))
        return CanvasStyle::volumeAccent();
    return QColor(0x64, 0x74, 0x8b);
}

// Drawn rather than loaded: a swatch in the part's canvas colour, at every device pixel ratio.
// Painted when shown, at the size shown: rendering pixmaps for both ratios up front was most of
// the palette's start-up cost.
QIcon swatch(PartKind kind, const QPalette &palette)
{
    const QColor accent = accentOf(kind);
    const QColor fill = CanvasStyle::tint(palette, accent, 0.3);
    return paintedIcon([kind, accent, fill](QPainter &p, const QColor &) {
        p.setPen(QPen(accent, 1.5));
        p.setBrush(fill);
        if (isVolumePart(kind))
            p.drawEllipse(QRectF(2, 2, 12, 12));
        else if (kind == PartKind::Port)
            p.drawRoundedRect(QRectF(1, 5, 14, 6), 3, 3);
        else
            p.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    });
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new PartList(this))
{
    m_list->setItemDelegate(new PartDelegate(m_list));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Parts"));
    // Names too long for a narrowed dock are elided (the tooltip has them), not scrolled to.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto header = [this](const QString &text) {
        // Section headings in capitals and the disabled text colour rather than bold: a bold
        // font would be one more font to load before the first paint (docs/benchmarks.md,
        // "Start-up").
        auto *item = new QListWidgetItem(locale().toUpper(text), m_list);
        item->setFlags(Qt::NoItemFlags);
    };
    const auto part = [this](PartKind kind) {
        auto *item = new QListWidgetItem(swatch(kind, palette()), partLabel(kind), m_list);
        item->setData(PartRole, static_cast<int>(kind));
        item->setToolTip(partDescription(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    header(tr("Pod"));
    part(PartKind::Pod);
    header(tr("Containers"));
    part(PartKind::Container);
    part(PartKind::InitContainer);
    part(PartKind::Sidecar);
    header(tr("Volumes"));
    part(PartKind::EmptyDirVolume);
    part(PartKind::HostPathVolume);
    part(PartKind::ConfigMapVolume);
    part(PartKind::SecretVolume);
    part(PartKind::PvcVolume);
    header(tr("Network"));
    part(PartKind::Port);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(PartRole).isValid())
            Q_EMIT partActivated(static_cast<PartKind>(item->data(PartRole).toInt()));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

QSize PaletteWidget::sizeHint() const
{
    const int frame = 2 * m_list->frameWidth();
    return { m_list->sizeHintForColumn(0) + frame
                 + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list),
             QWidget::sizeHint().height() };
}

QMimeData *PaletteWidget::createMimeData(PartKind kind)
{
    auto *mime = new QMimeData;
    mime->setData(partMimeType(), partToMime(kind));
    mime->setText(partLabel(kind));
    return mime;
}

} // namespace podwright::gui
