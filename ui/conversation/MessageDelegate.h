#pragma once

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>
#include <QUrl>

#include <memory>
#include <optional>

namespace agentdesk {
namespace ui {

class SafeTextDocument;

//! Paints one message of the message pane: day separator, author line, bubble and, for the
//! agent's own replies, the delivery state with Retry / Edit / Discard when it failed.
//!
//! Text layout is the expensive part, so it is cached per message and width: the height of each
//! row the view holds is kept under the model's LayoutKeyRole (a lookup per row when the view
//! lays out again), the documents of recently laid-out ones too (bounded). A message is laid
//! out once to be measured; the documents painted are narrowed to their text first. Text is
//! rendered through SafeText in documents that never load a resource.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Hit {
        enum Kind { None, Link, Retry, Edit, Discard };
        Kind kind = None;
        QUrl url;
    };

    explicit MessageDelegate(QObject* parent = nullptr);
    ~MessageDelegate() override;

    //! The width rows are laid out for (the view's viewport); a change drops cached layouts.
    void setViewportWidth(int width);
    int viewportWidth() const { return m_width; }
    //! Drops what is kept for a message (the view's model let it go) or for all of them.
    void forget(qint64 messageId);
    void forgetAll();
    //! Drops everything once more messages are kept than a few windows' worth.
    void forgetSome();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    //! What is under `pos` in a row painted with `option`.
    Hit hitTest(const QStyleOptionViewItem& option, const QModelIndex& index, QPoint pos) const;

    //! The delivery line under one of the agent's replies ("Sent 14:02", "Not sent: ...").
    static QString deliveryText(const QModelIndex& index);
    //! The text exactly as the bubble shows it (links as their text, bidi controls visible).
    QString renderedText(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    struct Geometry {
        QRect separator;
        QRect header;
        QRect bubble;
        QRect text;
        QRect footer;
        QRect retry;
        QRect edit;
        QRect discard;
        int height = 0;
    };
    struct Layout;

    struct TextSize {
        size_t key = 0; //!< the text, format and width it was measured for
        QSizeF size;
    };
    struct Height {
        quint64 key = 0; //!< MessageModel::LayoutKeyRole when it was laid out
        int height = 0;
    };

    Geometry geometry(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QSizeF textSize(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    //! The message's document, laid out; `toPaint`: narrowed to its text as it is painted.
    Layout* layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                   bool toPaint) const;
    SafeTextDocument* document(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    int maxTextWidth() const;
    static QFont smallFont(const QFont& font);
    const QFontMetrics& smallMetrics(const QFont& font) const;

    int m_width = 600;
    mutable QHash<qint64, TextSize> m_sizes; //!< message id -> laid-out text size at m_width
    mutable QHash<qint64, Height> m_heights; //!< message id -> row height at m_width
    mutable QCache<qint64, Layout> m_documents;
    mutable QFont m_font; //!< the font the caches were made with
    mutable std::optional<QFontMetrics> m_small;
};

} // namespace ui
} // namespace agentdesk
