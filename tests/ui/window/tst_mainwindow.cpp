#include "DeskFixture.h"
#include "TestServer.h"
#include "ui/conversation/Composer.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/MessageDelegate.h"
#include "ui/conversation/MessageModel.h"
#include "ui/conversation/MessageView.h"
#include "ui/conversations/ConversationFilterModel.h"
#include "ui/conversations/ConversationListModel.h"
#include "ui/conversations/ConversationListPane.h"
#include "ui/style/Palette.h"
#include "ui/text/SafeText.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDesktopServices>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

//! Records what the desk asked the system to open instead of starting a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestMainWindow : public QObject {
    Q_OBJECT

    static constexpr auto kSend = "/api/v1/chat.sendMessage"; // replies go as the agent
    static QByteArray roomClosed() {
        // what chat.sendMessage answers when the agent may not write in the room (closed, or
        // served by someone else): canSendMessageAsync()'s plain Error
        return R"({"success":false,"error":"error-not-allowed"})";
    }

    //! Two conversations: Bo (most recent, first in the list) and Ada.
    struct Desk {
        TestServer server;
        DeskFixture fixture{server.url()};
        Conversation ada;
        Conversation bo;
        std::unique_ptr<MainWindow> window;

        Desk() {
            ada = fixture.addConversation(1, QStringLiteral("Ada Lovelace"));
            bo = fixture.addConversation(2, QStringLiteral("Bo Diddley"));
            fixture.addMessages(ada.id, 6, QDateTime::currentDateTimeUtc().addSecs(-7200), "ada ");
            fixture.addMessages(bo.id, 4, QDateTime::currentDateTimeUtc().addSecs(-600), "bo ");
            fixture.outbox->start();
            window = std::make_unique<MainWindow>(fixture.desk);
            window->show();
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }
        ConversationPane* pane() const { return window->conversationPane(); }
        MessageModel* messages() const { return pane()->messageModel(); }
        QModelIndex lastRow() const { return messages()->index(messages()->rowCount() - 1); }
    };

    static void key(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QTest::keyClick(target, key, modifiers);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void altDownAndUpSwitchConversations() {
        Desk desk;
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id); // most recent first
        QCOMPARE(desk.messages()->rowCount(), 4);
        QWidget* focus =
            QApplication::focusWidget() ? QApplication::focusWidget() : desk.window.get();
        key(focus, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QCOMPARE(desk.messages()->rowCount(), 6);
        QVERIFY(desk.window->windowTitle().contains(QStringLiteral("Ada Lovelace")));
        key(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
    }

    void theKeyboardIsInTheReplyBoxWheneverAConversationOpens() {
        Desk desk;
        QTRY_VERIFY(desk.window->isActiveWindow());
        Composer* composer = desk.pane()->composer();
        QListView* list = desk.window->listPane()->listView();
        // At startup: the first conversation, ready for a reply.
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        QCOMPARE(QApplication::focusWidget(), composer);
        // Alt+Down / Alt+Up, from wherever the keyboard is.
        list->setFocus();
        key(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QCOMPARE(QApplication::focusWidget(), composer);
        key(composer, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        QCOMPARE(QApplication::focusWidget(), composer);
        // A click on a conversation in the list.
        const QModelIndex adaRow = list->model()->index(1, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(adaRow).center());
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QCOMPARE(QApplication::focusWidget(), composer);
        // Browsing the list with the arrows, then Enter.
        list->setFocus();
        key(list, Qt::Key_Up);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        QCOMPARE(QApplication::focusWidget(), list);
        key(list, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), composer);
    }

    void typingInTheListOrTheMessagesGoesIntoTheReply() {
        Desk desk;
        QTRY_VERIFY(desk.window->isActiveWindow());
        Composer* composer = desk.pane()->composer();
        QListView* list = desk.window->listPane()->listView();
        list->setFocus();
        // "Bo" and "Ada" start the visitors' names: a list would jump between them and drop
        // the keys.
        QTest::keyClicks(list, QStringLiteral("Ada, hi"));
        QCoreApplication::processEvents();
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        QCOMPARE(composer->toPlainText(), QStringLiteral("Ada, hi"));
        QCOMPARE(QApplication::focusWidget(), composer);
        desk.pane()->messageView()->setFocus();
        QTest::keyClicks(desk.pane()->messageView(), QStringLiteral("! Bo"));
        QCOMPARE(composer->toPlainText(), QStringLiteral("Ada, hi! Bo"));
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
    }

    void typingInTheFilterKeepsEveryKey() {
        Desk desk;
        QTRY_VERIFY(desk.window->isActiveWindow());
        QLineEdit* filter = desk.window->listPane()->filterField();
        key(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, QStringLiteral("ada"));
        QCoreApplication::processEvents();
        QCOMPARE(filter->text(), QStringLiteral("ada"));
        QCOMPARE(desk.window->listPane()->filterModel()->rowCount(), 1);
        QCOMPARE(QApplication::focusWidget(), filter);
        // Looking for a conversation does not open one: Bo stays open meanwhile.
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        QTest::keyClicks(filter, QStringLiteral(" love"));
        QCOMPARE(filter->text(), QStringLiteral("ada love"));
        // Enter: the match opens, ready for a reply, and what is typed next is the reply.
        key(filter, Qt::Key_Return);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QCOMPARE(QApplication::focusWidget(), desk.pane()->composer());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Hello"));
        QCOMPARE(desk.pane()->composer()->toPlainText(), QStringLiteral("Hello"));
        QCOMPARE(filter->text(), QStringLiteral("ada love"));
        // Down from the filter browses the list; Enter there chooses.
        key(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), filter);
        key(filter, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), desk.window->listPane()->listView());
        key(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), desk.pane()->composer());
        QCOMPARE(filter->text(), QStringLiteral("ada love"));
    }

    void aClosedConversationSaysWhyNoReplyCanBeWritten() {
        Desk desk;
        QTRY_VERIFY(desk.window->isActiveWindow());
        Composer* composer = desk.pane()->composer();
        QLabel* notice = desk.pane()->closedNotice();
        QVERIFY(composer->isEnabled());
        QVERIFY(!notice->isVisible());
        QTest::keyClicks(composer, QStringLiteral("draft for Bo"));

        // The server closes Bo's room (what the sync writes when the room is gone).
        Conversation closed = *desk.fixture.history.conversation(desk.bo.id);
        closed.open = false;
        QVERIFY(desk.fixture.history.updateConversation(closed));
        QVERIFY(!composer->isEnabled());
        QVERIFY(!desk.pane()->sendButton()->isEnabled());
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("closed")), qPrintable(notice->text()));
        QCOMPARE(composer->placeholderText(), notice->text());
        QCOMPARE(composer->toPlainText(), QStringLiteral("draft for Bo")); // kept
        QVERIFY(!desk.pane()->sendReply());
        QVERIFY(!desk.pane()->sendText(QStringLiteral("anyone?")));
        // Typed keys are not lost: with no reply to write, they filter the list.
        QListView* list = desk.window->listPane()->listView();
        list->setFocus();
        QTest::keyClicks(list, QStringLiteral("ad"));
        QCOMPARE(desk.window->listPane()->filterField()->text(), QStringLiteral("ad"));
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        desk.window->listPane()->filterField()->clear();

        // Alt+Down to an open one and back: the state follows the conversation.
        key(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QVERIFY(composer->isEnabled());
        QVERIFY(!notice->isVisible());
        QCOMPARE(QApplication::focusWidget(), composer);
        key(composer, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        QVERIFY(!composer->isEnabled());
        QVERIFY(notice->isVisible());

        // The server opens it again: the reply box is back, with the draft.
        closed.open = true;
        QVERIFY(desk.fixture.history.updateConversation(closed));
        QVERIFY(composer->isEnabled());
        QVERIFY(desk.pane()->sendButton()->isEnabled());
        QVERIFY(!notice->isVisible());
        QCOMPARE(composer->toPlainText(), QStringLiteral("draft for Bo"));
    }

    void theChatStartedEntryIsNeitherABubbleNorTheLastMessage() {
        Desk desk;
        QTRY_VERIFY(desk.window->isActiveWindow());
        const QModelIndex boRow = desk.window->conversationModel()->index(
            desk.window->conversationModel()->rowOf(desk.bo.id));
        const QString preview = boRow.data(ConversationListModel::PreviewRole).toString();
        QCOMPARE(preview, QStringLiteral("bo message 3"));
        desk.fixture.addIncoming(desk.bo.id, QString(), Direction::System);
        QCOMPARE(boRow.data(ConversationListModel::PreviewRole).toString(), preview);

        MessageView* view = desk.pane()->messageView();
        const QModelIndex started = view->model()->index(desk.messages()->rowCount() - 1, 0);
        QCOMPARE(started.data(MessageModel::DirectionRole).toInt(), int(Direction::System));
        QStyleOptionViewItem option;
        option.font = view->font();
        option.palette = view->palette();
        const QString shown = view->messageDelegate()->renderedText(option, started);
        QVERIFY2(shown.startsWith(QStringLiteral("Chat started")), qPrintable(shown));
        // No visitor bubble and no visitor name: only a quiet line.
        view->scrollTo(started);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(started)));
        const auto bubblePixels = [&](const QModelIndex& index) {
            const QImage image = view->viewport()->grab(view->visualRect(index)).toImage();
            const QRgb bubble = DeskPalette::visitorBubble(view->palette()).rgb();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixel(x, y) == bubble ? 1 : 0;
            return count;
        };
        const QModelIndex visitorRow = view->model()->index(desk.messages()->rowCount() - 3, 0);
        QCOMPARE(visitorRow.data(MessageModel::DirectionRole).toInt(), int(Direction::Incoming));
        const int visitorBubble = bubblePixels(visitorRow);
        QVERIFY(visitorBubble > 500); // what a visitor bubble looks like here
        // (a few antialiased text pixels may match by chance; a bubble is hundreds)
        QVERIFY2(bubblePixels(started) < 20, qPrintable(QString::number(bubblePixels(started))));
        QVERIFY(started.data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Chat started")));
    }

    void nextUnreadJumpsToTheConversationWithNews() {
        Desk desk;
        desk.window->listPane()->selectConversation(desk.ada.id);
        QVERIFY(desk.fixture.history.markRead(desk.bo.id));
        QVERIFY(desk.fixture.history.markRead(desk.ada.id));
        desk.fixture.addIncoming(desk.bo.id, QStringLiteral("hello?"));
        desk.window->listPane()->selectConversation(desk.ada.id);
        key(QApplication::focusWidget(), Qt::Key_Down, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
    }

    void enterSendsWithLocalEchoAndTheOutboxDelivers() {
        Desk desk;
        desk.server.reply("POST", kSend, 200,
                          TestServer::fixture("rocketchat-chat-send-message-200.json"));
        Composer* composer = desk.pane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Hello there"));
        key(composer, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a send
        QTest::keyClicks(composer, QStringLiteral("second line"));
        const int before = desk.messages()->rowCount();
        key(composer, Qt::Key_Return);
        // Local echo: the row is there before anything went over the wire.
        QCOMPARE(desk.messages()->rowCount(), before + 1);
        QCOMPARE(desk.lastRow().data(MessageModel::TextRole).toString(),
                 QStringLiteral("Hello there\nsecond line"));
        QCOMPARE(composer->toPlainText(), QString());
        QTRY_COMPARE(desk.lastRow().data(MessageModel::StateRole).toInt(),
                     int(DeliveryState::Sent));
        QCOMPARE(desk.server.requestsTo(kSend).size(), 1);
        const RecordedRequest sent = desk.server.requestsTo(kSend).first(); // a copy
        QCOMPARE(sent.header("x-auth-token"), QByteArray("test-token"));    // as the agent
        const QJsonObject body = sent.json().object().value("message").toObject();
        QCOMPARE(body.value("msg").toString(), QStringLiteral("Hello there\nsecond line"));
        QCOMPARE(body.value("rid").toString(), desk.bo.remoteId);
        QVERIFY(MessageDelegate::deliveryText(desk.lastRow()).startsWith(QStringLiteral("Sent")));
    }

    void aFailureShowsItsReasonAndRetryDelivers() {
        Desk desk;
        desk.server.reply("POST", kSend, 400, roomClosed());
        Composer* composer = desk.pane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Are you still there?"));
        key(composer, Qt::Key_Return);
        QTRY_COMPARE(desk.lastRow().data(MessageModel::StateRole).toInt(),
                     int(DeliveryState::Failed));
        const QString shown = MessageDelegate::deliveryText(desk.lastRow());
        QVERIFY2(shown.contains(QStringLiteral("error-not-allowed")), qPrintable(shown));
        QAction* retry = desk.window->action(QStringLiteral("retryMessage"));
        QVERIFY(retry && retry->isEnabled());

        // The room opens again; the agent selects the failed reply and presses Ctrl+R.
        desk.server.reply("POST", kSend, 200,
                          TestServer::fixture("rocketchat-chat-send-message-200.json"));
        MessageView* view = desk.pane()->messageView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(desk.messages()->rowCount() - 1, 0));
        key(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(desk.lastRow().data(MessageModel::StateRole).toInt(),
                     int(DeliveryState::Sent));
        QCOMPARE(desk.server.requestsTo(kSend).size(), 2);
        QVERIFY(!retry->isEnabled());
    }

    void hostileTextIsShownInertly() {
        TestServer images;
        images.reply("GET", "/x.png", 200, QByteArray("\x89PNG\r\n"));
        const QString image = images.url().toString() + QStringLiteral("/x.png");
        const QString rlo(QChar(0x202E));
        Desk desk;
        const QString visitor = QStringLiteral("<img src=%1> <style>*{color:red}</style> "
                                               "<a href=\"javascript:alert(1)\">x</a> "
                                               "file:///etc/passwd invoice%2gnp.exe")
                                    .arg(image, rlo);
        const QString markdown =
            QStringLiteral("Here: ![logo](%1) <img src=%1> [click me](javascript:alert(1)) "
                           "[passwords](file:///etc/passwd) [docs](https://docs.example.org/a)")
                .arg(image);
        desk.fixture.addIncoming(desk.bo.id, visitor);
        desk.fixture.addIncoming(desk.bo.id, markdown, Direction::Ai, TextFormat::Markdown);
        MessageView* view = desk.pane()->messageView();
        QTRY_VERIFY(desk.messages()->rowCount() >= 6);
        desk.window->grab(); // paints every visible bubble
        QTest::qWait(300);   // a fetch, if any were made, would arrive by now

        QCOMPARE(images.requests().size(), 0);
        QStyleOptionViewItem option;
        option.font = view->font();
        option.palette = view->palette();
        const int rows = desk.messages()->rowCount();
        const QString shownVisitor =
            view->messageDelegate()->renderedText(option, desk.messages()->index(rows - 2));
        QVERIFY2(shownVisitor.contains(QStringLiteral("<img src=")), qPrintable(shownVisitor));
        QVERIFY(shownVisitor.contains(QStringLiteral("<style>")));
        QVERIFY(!shownVisitor.contains(rlo));
        QVERIFY(shownVisitor.contains(QStringLiteral("\u27E6U+202E\u27E7gnp.exe")));
        const QString shownAi =
            view->messageDelegate()->renderedText(option, desk.messages()->index(rows - 1));
        QVERIFY2(shownAi.contains(QStringLiteral("[image: %1]").arg(image)), qPrintable(shownAi));

        // Click every link in the AI bubble: only http(s) reaches the system, nothing else.
        UrlCatcher catcher;
        const QStringList schemes{"http", "https", "file", "javascript", "data", "mailto"};
        for (const QString& scheme : schemes)
            QDesktopServices::setUrlHandler(scheme, &catcher, "open");
        QSignalSpy refused(view, &MessageView::linkRefused);
        const QModelIndex ai = view->model()->index(rows - 1, 0);
        view->scrollTo(ai);
        QStyleOptionViewItem rowOption = option;
        rowOption.rect = view->visualRect(ai);
        QSet<QString> clicked;
        for (int y = rowOption.rect.top(); y < rowOption.rect.bottom(); y += 3) {
            for (int x = rowOption.rect.left(); x < rowOption.rect.right(); x += 3) {
                const auto hit = view->messageDelegate()->hitTest(rowOption, ai, QPoint(x, y));
                if (hit.kind != MessageDelegate::Hit::Link || clicked.contains(hit.url.toString()))
                    continue;
                clicked.insert(hit.url.toString());
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
            }
        }
        for (const QString& scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
        QVERIFY2(clicked.contains(QStringLiteral("javascript:alert(1)")),
                 qPrintable(QStringList(clicked.values()).join(' ')));
        QVERIFY(clicked.contains(QStringLiteral("file:///etc/passwd")));
        QVERIFY(clicked.contains(QStringLiteral("https://docs.example.org/a")));
        QCOMPARE(refused.size(), 2);
        for (const QUrl& opened : std::as_const(catcher.urls))
            QVERIFY2(SafeText::isOpenableUrl(opened), qPrintable(opened.toString()));
        QVERIFY(catcher.urls.contains(QUrl(QStringLiteral("https://docs.example.org/a"))));
        QCOMPARE(images.requests().size(), 0);
    }

    void scrollingToTheTopLoadsOlderHistoryInPlace() {
        Desk desk;
        const auto long_ = desk.fixture.addConversation(9, QStringLiteral("Chatty Cathy"));
        desk.fixture.addMessages(long_.id, 1200, QDateTime::currentDateTimeUtc().addDays(-3),
                                 "chat ");
        desk.window->openConversation(long_.id);
        MessageView* view = desk.pane()->messageView();
        MessageModel* model = desk.messages();
        const int firstPage = model->rowCount();
        QCOMPARE(firstPage, model->pageSize());
        // Opens at the newest message.
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        QVERIFY(view->viewport()->rect().intersects(
            view->visualRect(view->model()->index(model->rowCount() - 1, 0))));

        // Scroll to the top: an older page comes in and what was on screen stays put.
        view->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(model->rowCount() > firstPage);
        const qint64 anchorId = model->messageAt(model->rowCount() - firstPage).id; // old row 0
        QTRY_VERIFY(view->visualRect(view->model()->index(model->rowOf(anchorId), 0)).top() >= -2);
        const int top = view->visualRect(view->model()->index(model->rowOf(anchorId), 0)).top();
        QVERIFY2(top < view->viewport()->height(), qPrintable(QString::number(top)));
        QVERIFY(!view->isFollowingBottom());
    }

    void readingFarBackAndDownAgainKeepsThePlaceWithABoundedWindow() {
        Desk desk;
        const auto long_ = desk.fixture.addConversation(9, QStringLiteral("Chatty Cathy"));
        desk.fixture.addMessages(long_.id, 3000, QDateTime::currentDateTimeUtc().addDays(-3),
                                 "chat ");
        desk.window->openConversation(long_.id);
        MessageView* view = desk.pane()->messageView();
        MessageModel* model = desk.messages();
        QScrollBar* bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        const int window = model->windowPages() * model->pageSize();
        // Page up until the newest pages have left the model.
        for (int i = 0; i < 400 && !model->canFetchNewer(); ++i) {
            bar->setValue(bar->value() - bar->pageStep());
            QCoreApplication::processEvents();
        }
        QVERIFY(model->canFetchNewer());
        QVERIFY(model->rowCount() <= window);
        QVERIFY(!view->isFollowingBottom());
        // Near the end of what is loaded, newer pages come in below and the oldest leave above;
        // what is on screen stays where it is.
        const int nearEnd = bar->maximum() - view->viewport()->height() / 2;
        bar->setValue(nearEnd - 11);
        QCoreApplication::processEvents();
        const QModelIndex top = view->indexAt(QPoint(1, 1));
        QVERIFY(top.isValid());
        const qint64 topId = top.data(MessageModel::MessageIdRole).toLongLong();
        const int topY = view->visualRect(top).top();
        const qint64 lastId = model->messageAt(model->rowCount() - 1).id;
        bar->setValue(nearEnd); // 11 pixels further: the view asks for the next newer page
        QCoreApplication::processEvents();
        QTRY_VERIFY(model->messageAt(model->rowCount() - 1).id != lastId);
        QVERIFY(model->rowCount() <= window);
        QCOMPARE(view->visualRect(view->model()->index(model->rowOf(topId), 0)).top(), topY - 11);
        // Down to the newest, page by page.
        for (int i = 0; i < 400 && model->canFetchNewer(); ++i) {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
        }
        QVERIFY(!model->canFetchNewer());
        QCOMPARE(model->messageAt(model->rowCount() - 1).text, QStringLiteral("chat message 2999"));
        QVERIFY(model->rowCount() <= window + model->pageSize());

        // A reply sent while reading far back shows where it belongs: the view jumps to it.
        for (int i = 0; i < 400 && !model->canFetchNewer(); ++i) {
            bar->setValue(bar->value() - bar->pageStep());
            QCoreApplication::processEvents();
        }
        QVERIFY(model->canFetchNewer());
        QVERIFY(desk.pane()->sendText(QStringLiteral("Back to you")));
        QCOMPARE(model->messageAt(model->rowCount() - 1).text, QStringLiteral("Back to you"));
        QVERIFY(view->isFollowingBottom());
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void aVisitorMessageAlertsWhenTheWindowIsInactive() {
        Desk desk;
        QWidget other;
        other.show();
        other.activateWindow();
        QTRY_VERIFY(!desk.window->isActiveWindow());
        desk.fixture.addIncoming(desk.ada.id, QStringLiteral("hello?"));
        QCOMPARE(desk.window->notificationsShown(), 1);
        // Our own replies never alert.
        QVERIFY(desk.fixture.outbox->queueMessage(desk.ada.id, QStringLiteral("hi")));
        QCOMPARE(desk.window->notificationsShown(), 1);
        QSettings().setValue(QStringLiteral("notifications/enabled"), false);
        desk.fixture.addIncoming(desk.ada.id, QStringLiteral("still there?"));
        QCOMPARE(desk.window->notificationsShown(), 1);
        QSettings().remove(QStringLiteral("notifications/enabled"));
    }

    void draftIsKeptPerConversation() {
        Desk desk;
        Composer* composer = desk.pane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("half a thought"));
        key(composer, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QCOMPARE(composer->toPlainText(), QString());
        QCOMPARE(desk.fixture.history.conversation(desk.bo.id)->draft,
                 QStringLiteral("half a thought"));
        key(composer, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(composer->toPlainText(), QStringLiteral("half a thought"));
    }

    void aDraftTypedJustBeforeClosingIsKept() {
        Desk desk;
        Composer* composer = desk.pane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("last words"));
        // Closed before the draft timer fires: the composer saves the draft as it goes. The
        // History announces it while the pane and the window are half destroyed, and neither
        // may react (scripts/test --sanitize reports any member access on them).
        QSignalSpy changed(&desk.fixture.history, &History::conversationChanged);
        desk.window.reset();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(desk.fixture.history.conversation(desk.bo.id)->draft,
                 QStringLiteral("last words"));
    }

    void everyActionHasAShortcutInTheShortcutsWindow() {
        Desk desk;
        const QList<QAction*> actions = desk.window->menuActions();
        QVERIFY(actions.size() >= 15);
        key(desk.window.get(), Qt::Key_Slash, Qt::ControlModifier);
        auto* dialog = desk.window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), actions.size()); // no canned replies here
        QStringList missing;
        for (QAction* action : actions) {
            if (action->shortcut().isEmpty() && action->objectName() != QLatin1String("about"))
                missing << action->text();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
        for (QWidget* widget : desk.window->findChildren<QWidget*>()) {
            if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus &&
                qobject_cast<QAbstractScrollArea*>(widget) == nullptr &&
                widget->inherits("QAbstractButton") + widget->inherits("QLineEdit") +
                        widget->inherits("QComboBox") >
                    0) {
                // A button's text is its accessible name; everything else needs one set.
                const auto* button = qobject_cast<QAbstractButton*>(widget);
                const QString name = !widget->accessibleName().isEmpty() ? widget->accessibleName()
                                     : button ? button->text().remove(QLatin1Char('&'))
                                              : QString();
                QVERIFY2(!name.isEmpty(), qPrintable(widget->metaObject()->className()));
            }
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
