#include "ui/conversation/ConversationPane.h"

#include "desk/Desk.h"
#include "desk/Replies.h"
#include "outbox/Outbox.h"
#include "store/History.h"
#include "ui/conversation/Composer.h"
#include "ui/conversation/MessageModel.h"
#include "ui/conversation/MessageView.h"
#include "ui/style/Icons.h"
#include "ui/style/Palette.h"
#include "ui/text/SafeText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

ConversationPane::ConversationPane(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_history(desk.history())
    , m_outbox(desk.outbox())
    , m_replies(desk.replies())
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_model(new MessageModel(m_history, this))
    , m_view(new MessageView(this))
    , m_composer(new Composer(m_history, this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_closedNotice(new QLabel(this))
    , m_empty(
          new QLabel(tr("Choose a conversation on the left, or press Ctrl+K to find one."), this)) {
    m_view->setMessageModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    QPalette secondary = m_subtitle->palette();
    secondary.setColor(QPalette::WindowText, DeskPalette::secondaryText(palette()));
    m_subtitle->setPalette(secondary);
    m_icon->setFixedSize(28, 28);
    m_title->setAccessibleName(tr("Visitor"));
    m_subtitle->setAccessibleName(tr("Conversation details"));

    auto* header = new QWidget(this);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->setSpacing(10);
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    headerLayout->addWidget(m_icon);
    headerLayout->addLayout(names, 1);

    const auto line = [this] {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::HLine);
        frame->setFrameShadow(QFrame::Plain);
        QPalette p = frame->palette();
        p.setColor(QPalette::WindowText, DeskPalette::hairline(palette()));
        frame->setPalette(p);
        return frame;
    };

    m_send->setAccessibleName(tr("Send reply"));
    m_send->setToolTip(tr("Send the reply (Enter)"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_closedNotice->setTextFormat(Qt::PlainText);
    m_closedNotice->setWordWrap(true);
    m_closedNotice->setContentsMargins(14, 8, 14, 0);
    m_closedNotice->setAccessibleName(tr("Why no reply can be written"));
    QPalette noticePalette = m_closedNotice->palette();
    noticePalette.setColor(QPalette::WindowText, DeskPalette::error(palette()));
    m_closedNotice->setPalette(noticePalette);
    m_closedNotice->hide();

    auto* composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(12, 8, 12, 10);
    composerRow->setSpacing(8);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);

    auto* empty = static_cast<QLabel*>(m_empty);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    QPalette emptyPalette = empty->palette();
    emptyPalette.setColor(QPalette::WindowText, DeskPalette::secondaryText(palette()));
    empty->setPalette(emptyPalette);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(line());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(line());
    layout->addWidget(m_closedNotice);
    layout->addLayout(composerRow);

    setTabOrder(m_view, m_composer);
    setTabOrder(m_composer, m_send);

    connect(m_composer, &Composer::sendRequested, this, &ConversationPane::queueReply);
    connect(m_composer, &Composer::sendHeldForPlaceholders, this,
            [this](const QStringList& placeholders) {
                emit statusMessage(tr("Not sent: the reply still holds %1. Replace it, or send "
                                      "again to send it as it is.")
                                       .arg(placeholders.join(QStringLiteral(", "))));
            });
    connect(m_send, &QPushButton::clicked, this, &ConversationPane::sendReply);
    connect(m_view, &MessageView::retryRequested, this, [this](qint64 id) {
        m_outbox->retry(id);
        emit statusMessage(tr("Trying again…"));
    });
    connect(m_view, &MessageView::editRequested, this, &ConversationPane::editReply);
    connect(m_view, &MessageView::discardRequested, this, &ConversationPane::discardReply);
    connect(m_view, &MessageView::linkRefused, this, [this](const QUrl& url) {
        emit statusMessage(tr("Not opened: %1 (only web links open)")
                               .arg(SafeText::showBidiControls(url.toDisplayString())));
    });
    connect(m_view, &MessageView::linkOpened, this, [this](const QUrl& url) {
        emit statusMessage(tr("Opened %1").arg(url.toDisplayString()));
    });
    m_conversationChanges =
        connect(m_history, &History::conversationChanged, this, [this](const Conversation& c) {
            // closed or open again on the server: the composer follows
            if (c.id == m_conversationId)
                updateHeader();
        });
    setConversation(0);
}

ConversationPane::~ConversationPane() {
    disconnect(m_conversationChanges); // safe also when the History is already gone
}

void ConversationPane::setConversation(qint64 conversationId) {
    m_conversationId = conversationId;
    m_composer->setConversation(conversationId);
    m_model->setConversation(conversationId);
    m_view->followBottom();
    m_view->setVisible(conversationId != 0);
    m_empty->setVisible(conversationId == 0);
    updateHeader();
}

void ConversationPane::updateReplyState(const std::optional<Conversation>& conversation) {
    const QString reason = conversation ? m_replies->refusal(conversation->id) : QString();
    m_composer->setBlockedReason(reason);
    m_closedNotice->setText(reason);
    m_closedNotice->setVisible(!reason.isEmpty());
    m_send->setEnabled(m_composer->acceptsReply());
}

void ConversationPane::updateHeader() {
    const auto conversation =
        m_conversationId != 0 ? m_history->conversation(m_conversationId) : std::nullopt;
    updateReplyState(conversation);
    if (!conversation) {
        m_title->setText(tr("No conversation"));
        m_subtitle->clear();
        m_icon->clear();
        return;
    }
    QString name = conversation->visitorName.trimmed();
    if (name.isEmpty())
        name = conversation->title.trimmed();
    if (name.isEmpty())
        name = tr("Visitor");
    m_title->setText(SafeText::showBidiControls(name));
    QStringList details;
    details << backendDisplayName(conversation->backend);
    if (const auto account = m_history->account(conversation->accountId))
        details << account->displayName;
    if (!conversation->visitorEmail.isEmpty())
        details << conversation->visitorEmail;
    details << (conversation->open ? tr("open") : tr("closed"));
    m_subtitle->setText(SafeText::showBidiControls(details.join(QStringLiteral(" · "))));
    m_icon->setPixmap(Icons::backend(conversation->backend).pixmap(28, 28));
}

bool ConversationPane::sendReply() {
    const QString text = m_composer->toPlainText();
    if (text.trimmed().isEmpty() || m_conversationId == 0)
        return false;
    m_composer->send();
    return m_composer->toPlainText().isEmpty();
}

bool ConversationPane::sendText(const QString& text) {
    if (m_conversationId == 0 || text.trimmed().isEmpty())
        return false;
    if (!m_replies->send(m_conversationId, text)) {
        emit statusMessage(m_replies->lastError());
        return false;
    }
    showSent();
    return true;
}

void ConversationPane::setMessageActions(const MessageActions& actions) {
    m_view->setMessageActions(actions);
}

void ConversationPane::showSent() {
    m_view->followBottom();
}

void ConversationPane::insertFilledReply(const FilledReply& filled) {
    m_composer->insertFilledReply(filled);
}

void ConversationPane::focusReply() {
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ConversationPane::queueReply(const QString& text) {
    // Nothing is lost when this fails: the text stays in the composer and its draft.
    if (sendText(text))
        m_composer->clearAfterSend();
}

void ConversationPane::editReply(qint64 messageId) {
    const auto message = m_history->message(messageId);
    if (!message)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Edit Reply"), tr("The reply is sent again with this text:"), message->text, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (!m_outbox->edit(messageId, text))
        emit statusMessage(tr("The reply could not be changed: %1").arg(m_outbox->lastError()));
}

void ConversationPane::discardReply(qint64 messageId) {
    const auto message = m_history->message(messageId);
    if (!message)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Discard Reply"),
        tr("Discard this reply for good? The visitor has not received it.\n\n%1")
            .arg(SafeText::showBidiControls(message->text.left(300))),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (!m_outbox->discard(messageId))
        emit statusMessage(tr("The reply could not be discarded: %1").arg(m_outbox->lastError()));
}

} // namespace ui
} // namespace agentdesk
