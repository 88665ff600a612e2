#include "ui/conversation/MessageDelegate.h"

#include "ui/conversation/MessageModel.h"
#include "ui/style/Palette.h"
#include "ui/text/RelativeTime.h"
#include "ui/text/SafeText.h"
#include "ui/text/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

namespace agentdesk {
namespace ui {

using agentdesk::DeliveryState;
using agentdesk::Direction;
using agentdesk::TextFormat;

namespace {
constexpr int kMargin = 16;
constexpr int kPadH = 12;
constexpr int kPadV = 8;
constexpr int kRadius = 10;
constexpr int kSeparatorHeight = 36;
constexpr int kMinBubble = 40;

//! True when every line of the laid-out document starts at its left edge (left-to-right text,
//! left aligned): a plain text document like that paints the same whatever its text width, as
//! long as it is not narrower than its widest line.
bool allLinesStartLeft(const QTextDocument& document) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout)
            return false;
        for (int i = 0; i < layout->lineCount(); ++i) {
            if (layout->lineAt(i).x() != 0)
                return false;
        }
    }
    return true;
}

//! What a row shows as its text: a system entry (no author, no bubble) is one quiet line with
//! its time, "Chat started" when the server gave it no text (Rocket.Chat's livechat-started).
QString shownText(const QModelIndex& index) {
    const QString text = index.data(MessageModel::TextRole).toString();
    if (Direction(index.data(MessageModel::DirectionRole).toInt()) != Direction::System)
        return text;
    const QString what = text.trimmed().isEmpty()
                             ? QCoreApplication::translate("MessageDelegate", "Chat started")
                             : text;
    return QCoreApplication::translate("MessageDelegate", "%1 · %2")
        .arg(what, RelativeTime::timeOfDay(index.data(MessageModel::CreatedAtRole).toDateTime()));
}

size_t textKey(const QModelIndex& index, int width) {
    return qHashMulti(0, shownText(index), index.data(MessageModel::FormatRole).toInt(), width);
}
} // namespace

struct MessageDelegate::Layout {
    size_t key = 0;
    std::unique_ptr<SafeTextDocument> document;
    qreal width = 0;       //!< the text width it is painted at
    bool narrowed = false; //!< laid out at `width` (else at the widest, to be measured)
};

MessageDelegate::MessageDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {
    // a tall view's rows and the page coming in; each holds a laid-out document (~17 KB)
    m_documents.setMaxCost(80);
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setViewportWidth(int width) {
    if (width == m_width)
        return;
    m_width = width;
    forgetAll();
}

void MessageDelegate::forget(qint64 messageId) {
    m_sizes.remove(messageId);
    m_heights.remove(messageId);
    m_documents.remove(messageId);
}

void MessageDelegate::forgetSome() {
    if (m_heights.size() > 4000 || m_sizes.size() > 4000)
        forgetAll();
}

void MessageDelegate::forgetAll() {
    m_sizes.clear();
    m_heights.clear();
    m_documents.clear();
}

int MessageDelegate::maxTextWidth() const {
    const int bubble = std::min(int(m_width * 0.74), 720);
    return std::max(80, bubble - 2 * kPadH);
}

QFont MessageDelegate::smallFont(const QFont& font) {
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.86);
    else
        small.setPixelSize(std::max(8, int(font.pixelSize() * 0.86)));
    return small;
}

const QFontMetrics& MessageDelegate::smallMetrics(const QFont& font) const {
    if (font != m_font || !m_small) {
        if (font != m_font) {
            // everything was measured in the old font
            m_font = font;
            const_cast<MessageDelegate*>(this)->forgetAll();
        }
        m_small.emplace(smallFont(font));
    }
    return *m_small;
}

MessageDelegate::Layout* MessageDelegate::layout(const QStyleOptionViewItem& option,
                                                 const QModelIndex& index, bool toPaint) const {
    const qint64 id = index.data(MessageModel::MessageIdRole).toLongLong();
    const size_t key = textKey(index, m_width);
    Layout* cached = m_documents.object(id);
    if (!cached || cached->key != key) {
        auto fresh = std::make_unique<Layout>();
        fresh->key = key;
        fresh->document = std::make_unique<SafeTextDocument>();
        SafeTextDocument* doc = fresh->document.get();
        doc->setDefaultFont(option.font);
        doc->setDocumentMargin(0);
        const QString text = shownText(index);
        const bool markdown =
            index.data(MessageModel::FormatRole).toInt() == int(TextFormat::Markdown);
        if (markdown)
            doc->setHtml(SafeText::markdownToHtml(text));
        else
            SafeText::setPlainText(*doc, text);
        const int max = maxTextWidth();
        doc->setTextWidth(max);
        const qreal ideal = std::ceil(doc->idealWidth());
        QSizeF size = doc->size();
        if (ideal < max) {
            // Plain text is measured once, at the widest: no line there is wider than `ideal`,
            // so the same lines wrap at the narrower width and the height holds. When its lines
            // all start at the left it paints the same at either width; right-to-left text is
            // laid out again at the narrower width before it is painted.
            fresh->width = std::max<qreal>(ideal, kMinBubble - 2 * kPadH);
            if (markdown) {
                // tables and rules take the width they are given: measured at theirs
                doc->setTextWidth(fresh->width);
                fresh->narrowed = true;
                size = doc->size();
            } else {
                fresh->narrowed = allLinesStartLeft(*doc);
                size.setWidth(fresh->width);
            }
        } else {
            fresh->width = max;
            fresh->narrowed = true;
        }
        m_sizes.insert(id, {key, size});
        cached = fresh.get();
        m_documents.insert(id, fresh.release());
    }
    if (toPaint && !cached->narrowed) {
        cached->document->setTextWidth(cached->width);
        cached->narrowed = true;
        const QSizeF size = cached->document->size();
        if (size != m_sizes.value(id).size) {
            // Not the size it was measured at (never seen; it would clip): measured again.
            m_sizes.insert(id, {key, size});
            m_heights.remove(id);
            emit const_cast<MessageDelegate*>(this)->sizeHintChanged(index);
        }
    }
    return cached;
}

SafeTextDocument* MessageDelegate::document(const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const {
    return layout(option, index, true)->document.get();
}

QSizeF MessageDelegate::textSize(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const qint64 id = index.data(MessageModel::MessageIdRole).toLongLong();
    const auto it = m_sizes.constFind(id);
    if (it != m_sizes.cend() && it->key == textKey(index, m_width))
        return it->size;
    layout(option, index, false);
    return m_sizes.value(id).size;
}

QString MessageDelegate::renderedText(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    return document(option, index)->toPlainText();
}

QString MessageDelegate::deliveryText(const QModelIndex& index) {
    const auto state = DeliveryState(index.data(MessageModel::StateRole).toInt());
    const QString error = index.data(MessageModel::LastErrorRole).toString().simplified();
    const QDateTime next = index.data(MessageModel::NextAttemptAtRole).toDateTime();
    switch (state) {
    case DeliveryState::None:
        return {};
    case DeliveryState::Queued:
        if (next.isValid() && next > QDateTime::currentDateTimeUtc()) {
            QString text = tr("Sending… next try at %1").arg(RelativeTime::timeOfDay(next));
            if (!error.isEmpty())
                text += QStringLiteral(" · ") + error;
            return text;
        }
        return tr("Queued");
    case DeliveryState::Sending:
        return tr("Sending…");
    case DeliveryState::Sent: {
        const QDateTime sent = index.data(MessageModel::SentAtRole).toDateTime();
        return sent.isValid() ? tr("Sent %1").arg(RelativeTime::timeOfDay(sent)) : tr("Sent");
    }
    case DeliveryState::Failed:
        return error.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(error);
    }
    return {};
}

MessageDelegate::Geometry MessageDelegate::geometry(const QStyleOptionViewItem& option,
                                                    const QModelIndex& index) const {
    Geometry g;
    const QRect r(option.rect.left(), option.rect.top(), m_width, option.rect.height());
    const QFontMetrics& small = smallMetrics(option.font);
    const auto direction = Direction(index.data(MessageModel::DirectionRole).toInt());
    const bool outgoing = direction == Direction::Outgoing;
    // ours to deliver, but written on the visitor's behalf: on the visitor's side
    const bool ownSide = outgoing && !index.data(MessageModel::AsVisitorRole).toBool();
    int y = r.top();
    if (index.data(MessageModel::DaySeparatorRole).toBool()) {
        g.separator = QRect(r.left(), y, r.width(), kSeparatorHeight);
        y += kSeparatorHeight;
    }
    // a system entry carries its time in its line: no author header
    if (index.data(MessageModel::FirstOfRunRole).toBool() && direction != Direction::System) {
        y += 8;
        g.header = QRect(r.left() + kMargin, y, r.width() - 2 * kMargin, small.height());
        y += small.height() + 3;
    } else {
        y += direction == Direction::System ? 8 : 2;
    }
    const QSizeF text = textSize(option, index);
    const int w = std::max(kMinBubble, int(std::ceil(text.width())) + 2 * kPadH);
    const int h = int(std::ceil(text.height())) + 2 * kPadV;
    int x = r.left() + kMargin;
    if (ownSide)
        x = r.left() + r.width() - kMargin - w;
    else if (direction == Direction::System)
        x = r.left() + (r.width() - w) / 2;
    g.bubble = QRect(x, y, w, h);
    g.text = g.bubble.adjusted(kPadH, kPadV, -kPadH, -kPadV);
    y += h;
    const auto state = DeliveryState(index.data(MessageModel::StateRole).toInt());
    if (outgoing && state != DeliveryState::None) {
        y += 3;
        g.footer = QRect(r.left() + kMargin, y, r.width() - 2 * kMargin, small.height());
        y += small.height();
    }
    if (outgoing && state == DeliveryState::Failed) {
        y += 4;
        const int hgt = small.height() + 4;
        int right = r.left() + r.width() - kMargin;
        const auto place = [&](const QString& label) {
            const int width = small.horizontalAdvance(label) + 12;
            QRect rect(right - width, y, width, hgt);
            right -= width + 6;
            return rect;
        };
        g.discard = place(tr("Discard"));
        g.edit = place(tr("Edit"));
        g.retry = place(tr("Retry"));
        y += hgt;
    }
    y += 4;
    g.height = y - r.top();
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    // Views ask for every row on every layout: a lookup for the rows laid out before.
    smallMetrics(option.font); // a new font drops what was measured in the old one
    const qint64 id = index.data(MessageModel::MessageIdRole).toLongLong();
    const quint64 key = index.data(MessageModel::LayoutKeyRole).toULongLong();
    const auto it = m_heights.constFind(id);
    if (it != m_heights.cend() && it->key == key)
        return QSize(m_width, it->height);
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, m_width, 0);
    const int height = geometry(opt, index).height;
    m_heights.insert(id, {key, height});
    return QSize(m_width, height);
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    const Geometry g = geometry(option, index);
    const QPalette& pal = option.palette;
    const auto direction = Direction(index.data(MessageModel::DirectionRole).toInt());
    const bool outgoing = direction == Direction::Outgoing;
    const bool ownSide = outgoing && !index.data(MessageModel::AsVisitorRole).toBool();
    const QFont small = smallFont(option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (option.state & QStyle::State_Selected) {
        const QColor tint =
            DeskPalette::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.10);
        painter->fillRect(option.rect.adjusted(0, g.separator.height(), 0, 0), tint);
    }

    if (!g.separator.isNull()) {
        const QDate day = index.data(MessageModel::CreatedAtRole).toDateTime().toLocalTime().date();
        const QString label = RelativeTime::dayLabel(day);
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        const int textWidth = QFontMetrics(bold).horizontalAdvance(label) + 24;
        const int mid = g.separator.center().y();
        painter->setPen(DeskPalette::hairline(pal));
        const int cx = g.separator.center().x();
        painter->drawLine(g.separator.left() + kMargin, mid, cx - textWidth / 2, mid);
        painter->drawLine(cx + textWidth / 2, mid, g.separator.right() - kMargin, mid);
        painter->setPen(DeskPalette::secondaryText(pal));
        painter->drawText(g.separator, Qt::AlignCenter, label);
    }

    if (!g.header.isNull()) {
        QString author = index.data(MessageModel::AuthorRole).toString().simplified();
        if (author.isEmpty())
            author = ownSide ? tr("You") : direction == Direction::Ai ? tr("AI") : tr("Visitor");
        author = SafeText::showBidiControls(author);
        const QString time =
            RelativeTime::timeOfDay(index.data(MessageModel::CreatedAtRole).toDateTime());
        QFont bold = small;
        bold.setBold(true);
        const QFontMetrics bm(bold);
        const QFontMetrics sm(small);
        const QString name = bm.elidedText(author, Qt::ElideRight, g.header.width() / 2);
        const int nameWidth = bm.horizontalAdvance(name);
        const QString sep = QStringLiteral("  ") + time;
        const int total = nameWidth + sm.horizontalAdvance(sep);
        int x = ownSide ? g.header.right() - total : g.header.left();
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QRect(x, g.header.top(), nameWidth, g.header.height()), Qt::AlignLeft,
                          name);
        painter->setFont(small);
        painter->setPen(DeskPalette::secondaryText(pal));
        painter->drawText(
            QRect(x + nameWidth, g.header.top(), total - nameWidth, g.header.height()),
            Qt::AlignLeft, sep);
    }

    if (direction != Direction::System) {
        QColor fill = DeskPalette::visitorBubble(pal);
        if (ownSide)
            fill = DeskPalette::agentBubble(pal);
        else if (direction == Direction::Ai)
            fill = DeskPalette::aiBubble(pal);
        QPainterPath path;
        path.addRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        painter->fillPath(path, fill);
        if (direction == Direction::Ai) {
            painter->setPen(QPen(DeskPalette::aiBorder(pal), 1));
            painter->drawPath(path);
        }
    }

    SafeTextDocument* doc = document(option, index);
    painter->translate(g.text.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = pal;
    context.palette.setColor(QPalette::Text, direction == Direction::System
                                                 ? DeskPalette::secondaryText(pal)
                                                 : pal.color(QPalette::Text));
    context.clip = QRectF(0, 0, g.text.width() + 1, g.text.height() + 1);
    doc->documentLayout()->draw(painter, context);
    painter->translate(-g.text.topLeft());

    if (!g.footer.isNull()) {
        const auto state = DeliveryState(index.data(MessageModel::StateRole).toInt());
        painter->setFont(small);
        painter->setPen(state == DeliveryState::Failed ? DeskPalette::error(pal)
                                                       : DeskPalette::secondaryText(pal));
        const QString text =
            QFontMetrics(small).elidedText(deliveryText(index), Qt::ElideMiddle, g.footer.width());
        painter->drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter, text);
    }
    if (!g.retry.isNull()) {
        painter->setFont(small);
        const QColor border = DeskPalette::hairline(pal);
        const std::pair<QRect, QString> buttons[] = {
            {g.retry, tr("Retry")}, {g.edit, tr("Edit")}, {g.discard, tr("Discard")}};
        for (const auto& [rect, label] : buttons) {
            painter->setPen(QPen(border, 1));
            painter->setBrush(pal.color(QPalette::Button));
            painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter->setPen(pal.color(QPalette::ButtonText));
            painter->drawText(rect, Qt::AlignCenter, label);
        }
    }
    painter->restore();
}

MessageDelegate::Hit MessageDelegate::hitTest(const QStyleOptionViewItem& option,
                                              const QModelIndex& index, QPoint pos) const {
    const Geometry g = geometry(option, index);
    if (g.retry.contains(pos))
        return {Hit::Retry, {}};
    if (g.edit.contains(pos))
        return {Hit::Edit, {}};
    if (g.discard.contains(pos))
        return {Hit::Discard, {}};
    if (g.text.contains(pos)) {
        const QString anchor =
            document(option, index)->documentLayout()->anchorAt(pos - g.text.topLeft());
        if (!anchor.isEmpty())
            return {Hit::Link, QUrl(anchor)};
    }
    return {};
}

} // namespace ui
} // namespace agentdesk
