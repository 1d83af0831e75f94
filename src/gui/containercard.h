#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"
#include "runtime/runtimetypes.h"

#include <optional>

namespace podwright::gui {

/// A container as a card: name, image, requests/limits, its run-order number in the init
/// sequence, and — while the pod runs — its state badge and CPU/memory bars.
class ContainerCard : public QGraphicsItem
{
public:
    enum { Type = ContainerCardType };
    explicit ContainerCard(const CardGeometry &geometry);
    int type() const override { return Type; }

    void setGeometry(const CardGeometry &geometry);
    const CardGeometry &geometry() const { return m_geometry; }

    /// Runtime overlays; nullopt clears them.
    void setRuntimeState(const std::optional<ContainerRuntimeState> &state);
    void setUsage(std::optional<double> cpuMillicores, std::optional<qint64> memoryBytes);
    const std::optional<ContainerRuntimeState> &runtimeState() const { return m_state; }
    /// The badge text ("running", "terminated (1)"...), empty without runtime state.
    QString badgeText() const;
    /// Fractions of the limits in use (may exceed 1); -1 when there is no usage or no limit.
    qreal cpuFraction() const;
    qreal memoryFraction() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintUsage(QPainter *painter, const QPalette &palette, const QRectF &rect);

    CardGeometry m_geometry;
    std::optional<ContainerRuntimeState> m_state;
    std::optional<double> m_cpu;
    std::optional<qint64> m_memory;
};

} // namespace podwright::gui
