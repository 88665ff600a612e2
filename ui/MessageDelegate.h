#pragma once

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>
#include <QUrl>

#include <memory>

class SafeTextDocument;

//! Paints one message of the message pane: day separator, author line, bubble and, for the
//! agent's own replies, the delivery state with Retry / Edit / Discard when it failed.
//!
//! Text layout is the expensive part, so it is cached per message and width: the size of every
//! laid-out message is kept (cheap), the documents of recently painted ones too (bounded).
//! Text is rendered through SafeText in documents that never load a resource.
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

    Geometry geometry(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QSizeF textSize(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    SafeTextDocument* document(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    int maxTextWidth() const;
    static QFont smallFont(const QFont& font);

    int m_width = 600;
    mutable QHash<qint64, QSizeF> m_sizes;    //!< message id -> laid-out text size at m_width
    mutable QHash<qint64, size_t> m_sizeKeys; //!< the text+format hash the size was made for
    mutable QCache<qint64, Layout> m_documents;
};
