#include "PanelTestKit.h"
#include "TestServer.h"
#include "accounts/Credentials.h"
#include "ai/AiAssistant.h"
#include "net/Transport.h"
#include "ui/ai/AiPanel.h"
#include "ui/text/SafeTextBrowser.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace agentdesk;
using namespace agentdesk::ui;

//! Records what the desk asked the system to open, instead of opening it.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened.append(url); }
};

class TestAiPanel : public QObject {
    Q_OBJECT

    static constexpr auto kAskPath = "/api/v2/conversations";

    struct Desk {
        TempHistory store;
        TestServer server;
        Transport transport;
        MemoryCredentials credentials;
        std::unique_ptr<AiAssistant> assistant;
        std::unique_ptr<AiPanel> panel;
        qint64 conversationId = 0;

        bool setUp() {
            if (!store.open())
                return false;
            Account ai;
            ai.backend = Backend::LiveChatAI;
            ai.serverUrl = server.url();
            ai.displayName = QStringLiteral("Acme AI");
            ai.agentId = QStringLiteral("clx1234567890abcdef");
            const auto aiAccount = store.history.addAccount(ai);
            Account chat;
            chat.backend = Backend::RocketChat;
            chat.serverUrl = server.url();
            chat.displayName = QStringLiteral("Acme chat");
            chat.userId = QStringLiteral("agent-1");
            const auto chatAccount = store.history.addAccount(chat);
            if (!aiAccount || !chatAccount)
                return false;
            credentials.setSecret(aiAccount->id, QStringLiteral("api-key-1"));
            Conversation c;
            c.accountId = chatAccount->id;
            c.backend = Backend::RocketChat;
            c.remoteId = QStringLiteral("hGFwSKA28nRKut3pD");
            c.visitorName = QStringLiteral("Baek");
            c.title = QStringLiteral("Baek");
            const auto conversation = store.history.upsertConversation(c);
            if (!conversation)
                return false;
            conversationId = conversation->id;
            Message visitor;
            visitor.conversationId = conversationId;
            visitor.direction = Direction::Incoming;
            visitor.author = QStringLiteral("Baek");
            visitor.text = QStringLiteral("What are your business hours?");
            visitor.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
            if (!store.history.addMessage(visitor))
                return false;
            assistant = std::make_unique<AiAssistant>(&store.history, &transport, &credentials);
            panel = std::make_unique<AiPanel>(&store.history, assistant.get());
            panel->setConversation(conversationId);
            panel->resize(400, 600);
            panel->show();
            return QTest::qWaitForWindowExposed(panel.get());
        }

        QLineEdit* question() {
            return controlNamed<QLineEdit>(panel.get(), "Question for the AI");
        }
        SafeTextBrowser* answer() {
            return controlNamed<SafeTextBrowser>(panel.get(), "AI answer");
        }
        QListWidget* links() {
            return controlNamed<QListWidget>(panel.get(), "Sources of the AI answer");
        }
        QLabel* status() { return controlNamed<QLabel>(panel.get(), "AI status"); }
    };

    static QJsonObject askBody(const RecordedRequest& request) { return request.json().object(); }

private slots:
    void asksRendersListsLinksInsertsAndFollowsUp() {
        Desk desk;
        QVERIFY(desk.setUp());
        desk.server.reply("POST", kAskPath, 200, TestServer::fixture("livechatai-ask-200.json"));

        QLineEdit* question = desk.question();
        QVERIFY(question);
        question->setFocus();
        QTest::keyClicks(question, QStringLiteral("What are your business hours?"));
        QTest::keyClick(question, Qt::Key_Return);
        QTRY_VERIFY(desk.answer()->toPlainText().contains(
            QStringLiteral("Our business hours are Monday to Friday, 9 AM to 6 PM EST.")));

        QCOMPARE(desk.server.requests().size(), 1);
        const RecordedRequest& first = desk.server.requests().first();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.header("authorization"), QByteArray("Bearer api-key-1"));
        const QJsonObject firstBody = askBody(first);
        QCOMPARE(firstBody.value("question").toString(),
                 QStringLiteral("What are your business hours?"));
        QCOMPARE(firstBody.value("agentId").toString(), QStringLiteral("clx1234567890abcdef"));
        QCOMPARE(firstBody.value("responseFormat").toString(), QStringLiteral("MARKDOWN"));
        QVERIFY(!firstBody.contains("conversationId"));

        QCOMPARE(desk.links()->count(), 1);
        QVERIFY(desk.links()->item(0)->text().contains(QStringLiteral("https://example.com/page")));

        // Stored, with the AI conversation kept on the desk conversation.
        QCOMPARE(desk.store.history.aiExchanges(desk.conversationId).size(), 1);
        QCOMPARE(desk.store.history.conversation(desk.conversationId)->aiConversationId,
                 QStringLiteral("chat_1234567890"));

        QSignalSpy inserted(desk.panel.get(), &AiPanel::insertIntoReply);
        auto* insert =
            controlNamed<QPushButton>(desk.panel.get(), "Insert the AI answer into the reply");
        QVERIFY(insert && insert->isEnabled());
        QTest::mouseClick(insert, Qt::LeftButton);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().first().toString(),
                 QStringLiteral("Our business hours are Monday to Friday, 9 AM to 6 PM EST."));

        // A follow-up continues the same LiveChatAI conversation.
        question->setFocus();
        QTest::keyClicks(question, QStringLiteral("And on weekends?"));
        QTest::keyClick(question, Qt::Key_Enter);
        QTRY_COMPARE(desk.server.requests().size(), 2);
        const QJsonObject followUp = askBody(desk.server.requests().at(1));
        QCOMPARE(followUp.value("question").toString(), QStringLiteral("And on weekends?"));
        QCOMPARE(followUp.value("conversationId").toString(), QStringLiteral("chat_1234567890"));
        QTRY_COMPARE(desk.store.history.aiExchanges(desk.conversationId).size(), 2);
        auto* history =
            controlNamed<QListWidget>(desk.panel.get(), "AI questions in this conversation");
        QTRY_COMPARE(history->count(), 2);

        // Reopening the conversation shows its stored exchanges, and follow-ups still continue.
        desk.panel->setConversation(0);
        QCOMPARE(history->count(), 0);
        desk.panel->setConversation(desk.conversationId);
        QCOMPARE(history->count(), 2);
        QVERIFY(history->item(1)->text().contains(QStringLiteral("weekends")));
    }

    void suggestsAReplyFromTheVisitorsLastMessage() {
        Desk desk;
        QVERIFY(desk.setUp());
        desk.server.reply("POST", kAskPath, 200, TestServer::fixture("livechatai-ask-200.json"));
        auto* suggest = controlNamed<QPushButton>(desk.panel.get(),
                                                  "Suggest a reply to the visitor's last message");
        QVERIFY(suggest && suggest->isEnabled());
        QTest::mouseClick(suggest, Qt::LeftButton);
        QTRY_COMPARE(desk.server.requests().size(), 1);
        QCOMPARE(askBody(desk.server.requests().first()).value("question").toString(),
                 QStringLiteral("What are your business hours?"));
        QTRY_VERIFY(desk.answer()->toPlainText().contains(QStringLiteral("Monday to Friday")));
    }

    void errorsAreShownInWords() {
        Desk desk;
        QVERIFY(desk.setUp());
        desk.server.reply("POST", kAskPath, 401, TestServer::fixture("livechatai-401.json"));
        QTest::keyClicks(desk.question(), QStringLiteral("Hello?"));
        QTest::keyClick(desk.question(), Qt::Key_Return);
        QTRY_VERIFY(desk.status()->text().contains(QStringLiteral("Invalid API key")));
        QVERIFY(desk.status()->isVisible());
        QCOMPARE(desk.store.history.aiExchanges(desk.conversationId).size(), 0);

        // A broken answer is an error too, never a crash or an empty answer.
        desk.server.reply("POST", kAskPath, 200, R"({"status":"success","data":{"response":5}})");
        QTest::keyClicks(desk.question(), QStringLiteral("Hello again?"));
        QTest::keyClick(desk.question(), Qt::Key_Return);
        QTRY_COMPARE(desk.server.requests().size(), 2);
        QTRY_VERIFY(!desk.status()->text().contains(QStringLiteral("Waiting")));
        QVERIFY(!desk.status()->text().isEmpty());
        QCOMPARE(desk.store.history.aiExchanges(desk.conversationId).size(), 0);

        // No key: said plainly, nothing sent.
        desk.credentials.removeSecret(desk.assistant->account()->id);
        QTest::keyClicks(desk.question(), QStringLiteral("Third?"));
        QTest::keyClick(desk.question(), Qt::Key_Return);
        QTRY_VERIFY(desk.status()->text().contains(QStringLiteral("No API key")));
        QCOMPARE(desk.server.requests().size(), 2);
    }

    void hostileMarkdownFetchesNothingAndOpensOnlyHttp() {
        Desk desk;
        QVERIFY(desk.setUp());
        const QString base = desk.server.url().toString();
        desk.server.reply("GET", "/x.png", 200, "not really a png");
        desk.server.reply("GET", "/y.png", 200, "not really a png");
        desk.server.reply("GET", "/style.css", 200, "body{}");
        const QString hostile =
            QStringLiteral("Look: <img src=%1/x.png> ![pic](%1/y.png)\n\n"
                           "<style>@import url(%1/style.css);</style>\n\n"
                           "[click me](javascript:alert(1)) and [secrets](file:///etc/passwd) "
                           "and gnp.\u202Eexe")
                .arg(base);
        const QJsonObject reply{
            {"status", "success"},
            {"message", "Message sent successfully"},
            {"data",
             QJsonObject{
                 {"conversationId", "chat_evil"},
                 {"contactId", "c"},
                 {"response", hostile},
                 {"messageId", "m1"},
                 {"responseMessageId", "m2"},
                 {"links",
                  QJsonArray{
                      QJsonObject{{"link", "javascript:alert(1)"}, {"type", "WEBSITE"}},
                      QJsonObject{{"link", "file:///etc/passwd"}, {"type", "WEBSITE"}},
                      QJsonObject{{"link", "https://example.com/ok"}, {"type", "WEBSITE"}}}}}},
        };
        desk.server.reply("POST", kAskPath, 200, QJsonDocument(reply).toJson());

        UrlRecorder recorder;
        for (const char* scheme : {"http", "https", "javascript", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &recorder, "open");

        QTest::keyClicks(desk.question(), QStringLiteral("Show me"));
        QTest::keyClick(desk.question(), Qt::Key_Return);
        QTRY_VERIFY(desk.answer()->toPlainText().contains(QStringLiteral("Look:")));
        desk.panel->repaint();
        QTest::qWait(200); // anything the rendering asked for would have reached the server
        QVERIFY(desk.server.requestsTo("/x.png").isEmpty());
        QVERIFY(desk.server.requestsTo("/y.png").isEmpty());
        QVERIFY(desk.server.requestsTo("/style.css").isEmpty());
        QCOMPARE(desk.server.requests().size(), 1); // the question only
        // The RLO is shown, not obeyed.
        QVERIFY(!desk.answer()->toPlainText().contains(QChar(0x202E)));
        QVERIFY(desk.answer()->toPlainText().contains(QStringLiteral("U+202E")));

        // Activating each source from the keyboard: only the https one is handed to the system.
        QListWidget* links = desk.links();
        QCOMPARE(links->count(), 3);
        QVERIFY(links->item(0)->text().contains(QStringLiteral("javascript:alert(1)")));
        links->setFocus();
        for (int row = 0; row < links->count(); ++row) {
            links->setCurrentRow(row);
            QTest::keyClick(links, Qt::Key_Return);
            if (row < 2)
                QVERIFY(desk.status()->text().startsWith(QStringLiteral("Not opened")));
        }
        QCOMPARE(recorder.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/ok"))});

        // Links inside the answer: a javascript: anchor click is refused as well.
        QSignalSpy refused(desk.answer(), &SafeTextBrowser::linkRefused);
        emit desk.answer()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(recorder.opened.size(), 1);
        for (const char* scheme : {"http", "https", "javascript", "file"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void accessibleNamesAndTabOrder() {
        Desk desk;
        QVERIFY(desk.setUp());
        const QList<QWidget*> controls = desk.panel->findChildren<QWidget*>();
        for (QWidget* w : controls) {
            if (w->focusPolicy() & Qt::TabFocus)
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        QLineEdit* question = desk.question();
        question->setFocus();
        QTest::keyClicks(question, QStringLiteral("x"));
        QTest::keyClick(desk.panel.get(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Ask the AI"));
    }
};

QTEST_MAIN(TestAiPanel)
#include "tst_aipanel.moc"
