// The real window's panels driven from the keyboard: search and jump (Ctrl+Shift+F, Ctrl+F), the
// quick switcher (Ctrl+K) and the AI colleague (Ctrl+Shift+A, Ask, Insert into reply).
#include "ui/ai/AiPanel.h"
#include "ui/conversation/Composer.h"
#include "ui/conversation/ConversationPane.h"
#include "DeskFixture.h"
#include "ui/window/MainWindow.h"
#include "ui/conversation/MessageModel.h"
#include "ui/conversation/MessageView.h"
#include "ui/conversations/QuickSwitcher.h"
#include "ui/text/SafeTextBrowser.h"
#include "ui/search/SearchDialog.h"
#include "ui/search/SearchResultsModel.h"
#include "TestServer.h"
#include "ai/AiAssistant.h"
#include "desk/Accounts.h"

#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestMainWindowPanels : public QObject {
    Q_OBJECT

    static constexpr int kTimeout = 10000;
    static constexpr auto kAsk = "/api/v2/conversations";

    //! Bo (most recent, current at start) and Ada, whose older history holds one message about
    //! a zebra, buried under more than a page of newer messages.
    struct Desk {
        TestServer server;
        DeskFixture fixture{server.url()};
        Conversation ada;
        Conversation bo;
        Message zebra;
        std::unique_ptr<MainWindow> window;

        explicit Desk(bool withAi = false) {
            ada = fixture.addConversation(1, QStringLiteral("Ada Lovelace"));
            bo = fixture.addConversation(2, QStringLiteral("Bo Diddley"));
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
            fixture.addMessages(ada.id, 3, start, QStringLiteral("early "));
            Message old;
            old.conversationId = ada.id;
            old.direction = Direction::Incoming;
            old.author = QStringLiteral("Ada Lovelace");
            old.text = QStringLiteral("My invoice mentions a zebra twice");
            old.createdAt = start.addSecs(3600);
            old.remoteId = QStringLiteral("zebra-1");
            const auto stored = fixture.history.addMessage(old);
            QVERIFY(stored);
            zebra = *stored;
            fixture.addMessages(ada.id, 250, start.addDays(1), QStringLiteral("ada "));
            fixture.addMessages(bo.id, 4, QDateTime::currentDateTimeUtc().addSecs(-600), "bo ");
            fixture.outbox->start();
            if (withAi) {
                Account ai;
                ai.backend = Backend::LiveChatAI;
                ai.serverUrl = server.url();
                ai.displayName = QStringLiteral("Acme AI");
                ai.agentId = QStringLiteral("clx1234567890abcdef");
                QVERIFY(fixture.desk.accounts()->add(ai, QStringLiteral("api-key-1")));
            }
            window = std::make_unique<MainWindow>(fixture.desk);
            window->show();
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QTRY_VERIFY_WITH_TIMEOUT(window->isActiveWindow(), kTimeout);
        }
        //! What the window manager does when a dialog of the window closes: the window is active
        //! again (the offscreen platform leaves no window active).
        void refocus() const {
            window->activateWindow();
            QTRY_VERIFY_WITH_TIMEOUT(window->isActiveWindow(), kTimeout);
        }
        ConversationPane* pane() const { return window->conversationPane(); }
        MessageView* view() const { return pane()->messageView(); }
        //! The message row the agent has selected in the message pane (0 when none).
        qint64 selectedMessageId() const {
            return view()->currentIndex().data(MessageModel::MessageIdRole).toLongLong();
        }
    };

    //! Presses a key where the keyboard focus is, as the agent's keyboard would.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QWidget* target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
        QCoreApplication::processEvents();
    }
    static void type(const QString& text) {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
        QCoreApplication::processEvents();
    }

    template<typename T> static T* named(QWidget* parent, const QString& accessibleName) {
        const auto all = parent->findChildren<T*>();
        for (T* widget : all)
            if (widget->accessibleName() == accessibleName)
                return widget;
        return nullptr;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_panels"));
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void findEverywhereJumpsToAnOlderMessageOfAnotherConversation() {
        Desk desk;
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        MessageModel* messages = desk.pane()->messageModel();
        QVERIFY(messages->rowCount() < 254); // Ada's zebra is not loaded anywhere yet

        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = desk.window->findChild<SearchDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        QCOMPARE(dialog->scope(), 0);
        auto* field = dialog->findChild<QLineEdit*>();
        QVERIFY(field);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, kTimeout);

        type(QStringLiteral("zebra"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, kTimeout);
        const QModelIndex hit = dialog->model()->index(0, 0);
        QCOMPARE(hit.data(SearchResultsModel::ConversationIdRole).toLongLong(), desk.ada.id);
        QCOMPARE(hit.data(SearchResultsModel::MessageIdRole).toLongLong(), desk.zebra.id);
        QVERIFY(hit.data(SearchResultsModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>zebra</b>")));

        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeout);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QVERIFY(desk.window->windowTitle().contains(QStringLiteral("Ada Lovelace")));
        QCOMPARE(desk.selectedMessageId(), desk.zebra.id);
        QCOMPARE(desk.view()->currentIndex().data(MessageModel::TextRole).toString(),
                 desk.zebra.text);
        // In context: the selected bubble is inside the visible part of the pane.
        QTRY_VERIFY_WITH_TIMEOUT(desk.view()->viewport()->rect().intersects(
                                     desk.view()->visualRect(desk.view()->currentIndex())),
                                 kTimeout);
        QVERIFY(desk.view()->verticalScrollBar()->value() <
                desk.view()->verticalScrollBar()->maximum());
        desk.refocus();
        QCOMPARE(QApplication::focusWidget(), desk.view()); // the arrows move from the hit
    }

    void findInConversationOnlySearchesTheCurrentOne() {
        Desk desk;
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        // "message" is in both conversations; Ctrl+F in Bo's only finds Bo's.
        press(Qt::Key_F, Qt::ControlModifier);
        auto* dialog = desk.window->findChild<SearchDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        QCOMPARE(dialog->scope(), desk.bo.id);
        auto* field = dialog->findChild<QLineEdit*>();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, kTimeout);
        type(QStringLiteral("message"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 4, kTimeout);
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            QCOMPARE(dialog->model()
                         ->index(row, 0)
                         .data(SearchResultsModel::ConversationIdRole)
                         .toLongLong(),
                     desk.bo.id);
        // The zebra lives in Ada's conversation: not found from here.
        field->selectAll();
        type(QStringLiteral("zebra"));
        QTRY_COMPARE_WITH_TIMEOUT(field->text(), QStringLiteral("zebra"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->query(), QStringLiteral("zebra"), kTimeout);
        QCOMPARE(dialog->model()->rowCount(), 0);
        press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeout);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        desk.refocus();

        // Down (Ada), Ctrl+F again: a fresh search scoped to Ada, Enter jumps to the hit.
        press(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        QCOMPARE(dialog->scope(), desk.ada.id);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, kTimeout);
        QCOMPARE(field->text(), QString()); // the last search does not linger
        type(QStringLiteral("zebra"));
        press(Qt::Key_Return); // right after typing: no waiting for the debounce
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeout);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QCOMPARE(desk.selectedMessageId(), desk.zebra.id);
    }

    void askTheAiAndInsertItsAnswerIntoTheReply() {
        Desk desk(true);
        desk.server.reply("POST", kAsk, 200, TestServer::fixture("livechatai-ask-200.json"));
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        AiPanel* panel = desk.window->aiPanel();
        QVERIFY(panel);
        QVERIFY(!desk.window->aiDock()->isVisible());
        auto* question = named<QLineEdit>(panel, QStringLiteral("Question for the AI"));
        auto* ask = named<QPushButton>(panel, QStringLiteral("Ask the AI"));
        auto* insert =
            named<QPushButton>(panel, QStringLiteral("Insert the AI answer into the reply"));
        auto* answer = named<SafeTextBrowser>(panel, QStringLiteral("AI answer"));
        QVERIFY(question && ask && insert && answer);

        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window->aiDock()->isVisible(), kTimeout);
        QCOMPARE(panel->conversation(), desk.bo.id);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), question, kTimeout);
        QVERIFY(!ask->isEnabled());
        type(QStringLiteral("When are you open?"));
        QVERIFY(ask->isEnabled());
        QVERIFY(!insert->isEnabled());

        press(Qt::Key_Tab); // to the Ask button
        QCOMPARE(QApplication::focusWidget(), ask);
        press(Qt::Key_Space);
        const QString expected =
            QStringLiteral("Our business hours are Monday to Friday, 9 AM to 6 PM EST.");
        QTRY_VERIFY_WITH_TIMEOUT(answer->toPlainText().contains(expected), kTimeout);
        QCOMPARE(desk.server.requestsTo(kAsk).size(), 1);
        const QJsonObject body = desk.server.requestsTo(kAsk).first().json().object();
        QVERIFY2(QString::fromUtf8(QJsonDocument(body).toJson())
                     .contains(QStringLiteral("When are you open?")),
                 QJsonDocument(body).toJson().constData());
        QCOMPARE(panel->currentExchange().answer, expected);
        QVERIFY(insert->isEnabled());

        Composer* composer = desk.pane()->composer();
        QCOMPARE(composer->toPlainText(), QString());
        press(Qt::Key_I, Qt::AltModifier); // "&Insert into reply"
        QTRY_COMPARE_WITH_TIMEOUT(composer->toPlainText(), expected, kTimeout);
        // The agent edits it before sending: the focus is in the composer.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), composer, kTimeout);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
    }

    void quickSwitcherOpensTheConversationByPartOfTheName() {
        Desk desk;
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        press(Qt::Key_K, Qt::ControlModifier);
        auto* switcher = desk.window->findChild<QuickSwitcher*>();
        QVERIFY(switcher);
        QTRY_VERIFY_WITH_TIMEOUT(switcher->isVisible(), kTimeout);
        auto* field = switcher->findChild<QLineEdit*>();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, kTimeout);
        QCOMPARE(switcher->visibleCount(), 2);
        type(QStringLiteral("lovel"));
        QTRY_COMPARE_WITH_TIMEOUT(switcher->visibleCount(), 1, kTimeout);
        QCOMPARE(switcher->conversationAt(0), desk.ada.id);
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!switcher->isVisible(), kTimeout);
        QCOMPARE(desk.pane()->conversationId(), desk.ada.id);
        QVERIFY(desk.window->windowTitle().contains(QStringLiteral("Ada Lovelace")));
        desk.refocus();
        // Ready for a reply to Ada.
        QCOMPARE(QApplication::focusWidget(), desk.pane()->composer());
        type(QStringLiteral("Hello Ada"));
        QCOMPARE(desk.pane()->composer()->toPlainText(), QStringLiteral("Hello Ada"));
        QCOMPARE(desk.pane()
                     ->messageModel()
                     ->index(desk.pane()->messageModel()->rowCount() - 1)
                     .data(MessageModel::TextRole)
                     .toString(),
                 QStringLiteral("ada message 249"));

        // And back by initials, letters in order.
        press(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(switcher->isVisible(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, kTimeout);
        type(QStringLiteral("bdi"));
        QTRY_COMPARE_WITH_TIMEOUT(switcher->visibleCount(), 1, kTimeout);
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!switcher->isVisible(), kTimeout);
        QCOMPARE(desk.pane()->conversationId(), desk.bo.id);
        desk.refocus();
        QCOMPARE(QApplication::focusWidget(), desk.pane()->composer());
    }

    void theAiAnswerGoesIntoTheReplyAsPlainText() {
        Desk desk(true);
        const QString markdown = QStringLiteral(
            "## Refunds\n\nYou get your money back **within 5 days**:\n\n"
            "1. Open [your orders](https://shop.example.com/orders)\n2. Choose *Return*\n\n"
            "More: <https://shop.example.com/help>");
        const QJsonObject link{{"link", "https://shop.example.com/help"}, {"type", "WEBSITE"}};
        const QByteArray answer =
            QJsonDocument(QJsonObject{{"status", "success"},
                                      {"data", QJsonObject{{"conversationId", "chat_ai_1"},
                                                           {"messageId", "msg_q_1"},
                                                           {"responseMessageId", "msg_a_1"},
                                                           {"response", markdown},
                                                           {"links", QJsonArray{link}}}}})
                .toJson();
        desk.server.reply("POST", kAsk, 200, answer);
        AiPanel* panel = desk.window->aiPanel();
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window->aiDock()->isVisible(), kTimeout);
        auto* question = named<QLineEdit>(panel, QStringLiteral("Question for the AI"));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), question, kTimeout);
        type(QStringLiteral("How do refunds work?"));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentExchange().id != 0, kTimeout);
        press(Qt::Key_I, Qt::AltModifier); // "&Insert into reply"
        Composer* composer = desk.pane()->composer();
        QTRY_VERIFY_WITH_TIMEOUT(!composer->toPlainText().isEmpty(), kTimeout);
        QCOMPARE(composer->toPlainText(),
                 QStringLiteral("Refunds\n\nYou get your money back within 5 days:\n\n"
                                "1. Open your orders (https://shop.example.com/orders)\n"
                                "2. Choose Return\n\nMore: https://shop.example.com/help"));
    }
};

QTEST_MAIN(TestMainWindowPanels)
#include "tst_mainwindow_panels.moc"
