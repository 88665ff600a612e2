#include "ui/canned/CannedCompleter.h"
#include "ui/canned/CannedController.h"
#include "ui/canned/CannedEditor.h"
#include "ui/canned/CannedPalette.h"
#include "ui/conversation/Composer.h"
#include "ui/conversation/ConversationPane.h"
#include "DeskFixture.h"
#include "ui/window/MainWindow.h"
#include "ui/conversation/MessageModel.h"
#include "ui/window/ShortcutsDialog.h"
#include "TestServer.h"
#include "canned/CannedLibrary.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace agentdesk;
using namespace agentdesk::ui;

//! Canned replies driven through the real window offscreen: Ctrl+digit shortcuts, "send
//! immediately", placeholders and their flags, the `/` popup, the palette, multi-part batches
//! through the outbox to a loopback Rocket.Chat, and the editor (conflicts, live edits,
//! import/export, sync from server).
class TestCannedDesk : public QObject {
    Q_OBJECT

    static constexpr auto kSend = "/api/v1/chat.sendMessage"; // replies go as the agent

    struct Desk {
        TestServer server;
        DeskFixture fixture{server.url()};
        CannedLibrary& library = *fixture.desk.canned();
        Conversation bo;
        std::unique_ptr<MainWindow> window;

        explicit Desk(const QList<CannedReply>& replies) {
            bo = fixture.addConversation(2, QStringLiteral("Bo Diddley"));
            Conversation withEmail = bo;
            withEmail.visitorEmail = QStringLiteral("bo@example.org");
            bo = *fixture.history.upsertConversation(withEmail);
            fixture.addMessages(bo.id, 2, QDateTime::currentDateTimeUtc().addSecs(-600), "bo ");
            for (const CannedReply& reply : replies) {
                if (!library.add(reply))
                    qFatal("cannot add a canned reply: %s", qPrintable(library.lastError()));
            }
            server.reply("POST", kSend, 200,
                         TestServer::fixture("rocketchat-chat-send-message-200.json"));
            fixture.outbox->start();
            window = std::make_unique<MainWindow>(fixture.desk);
            window->show();
            window->activateWindow();
            if (!QTest::qWaitForWindowExposed(window.get()))
                qFatal("the window was not exposed");
            composer()->setFocus();
            QCoreApplication::processEvents();
        }
        ConversationPane* pane() const { return window->conversationPane(); }
        Composer* composer() const { return pane()->composer(); }
        CannedController* canned() const { return window->canned(); }
        QString status() const { return window->statusBar()->currentMessage(); }
        QList<Message> outgoing() const {
            QList<Message> out;
            for (const Message& m : fixture.history.messagesBefore(bo.id, std::nullopt, 100)) {
                if (m.direction == Direction::Outgoing &&
                    !m.remoteId.startsWith(QLatin1String("r-")))
                    out << m;
            }
            return out;
        }
    };

    static CannedReply reply(const QString& title, const QString& text, const QString& trigger = {},
                             const QString& shortcut = {}, bool sendNow = false) {
        CannedReply r;
        r.title = title;
        r.text = text;
        r.trigger = trigger;
        r.shortcut = shortcut;
        r.sendImmediately = sendNow;
        return r;
    }

    static QList<CannedReply> standardSet() {
        return {
            reply(QStringLiteral("Greeting"),
                  QStringLiteral("Hi {visitor.name}, I'm {agent.name}. {cursor} Talk soon."),
                  QStringLiteral("hello")),
            reply(QStringLiteral("Ask for the order number"),
                  QStringLiteral("Could you send me your order number?"), QStringLiteral("order")),
            reply(QStringLiteral("Orders over 100 ship free"),
                  QStringLiteral("Orders over 100 ship free."), QStringLiteral("free")),
            reply(QStringLiteral("Hand over to a colleague"),
                  QStringLiteral("Handing you over.\n---\nA colleague joins in a moment."),
                  QStringLiteral("handover")),
        };
    }

    static void key(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QTest::keyClick(target, key, modifiers);
        QCoreApplication::processEvents();
    }

    //! Offscreen, closing a dialog does not give the focus back: make `window` active again.
    static bool activate(QWidget* window) {
        window->activateWindow();
        window->raise();
        return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
    }
    static void backToComposer(Desk& desk) {
        QVERIFY(activate(desk.window.get()));
        desk.composer()->setFocus();
        QCoreApplication::processEvents();
    }

    static QStringList titles(const QList<CannedReply>& replies) {
        QStringList list;
        for (const CannedReply& r : replies)
            list << r.title;
        return list;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_canned_desk"));
        QSettings().clear();
    }

    void ctrlDigitInsertsAtTheCursorWithPlaceholdersFilled() {
        Desk desk(standardSet());
        QCOMPARE(desk.library.replies().at(0).shortcut, QStringLiteral("Ctrl+1"));
        QTest::keyClicks(desk.composer(), QStringLiteral("Oh! "));
        key(desk.composer(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Oh! Hi Bo Diddley, I'm kim.jane.  Talk soon."));
        // the cursor landed at {cursor}: typing goes there
        QTest::keyClicks(desk.composer(), QStringLiteral("Welcome!"));
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Oh! Hi Bo Diddley, I'm kim.jane. Welcome! Talk soon."));
        QVERIFY(desk.composer()->flaggedPlaceholders().isEmpty());
        QVERIFY(desk.outgoing().isEmpty()); // inserted, not sent
        // Ctrl+1 is the canned reply's; the focus moves are Alt+digits now
        QCOMPARE(desk.window->action(QStringLiteral("focusList"))->shortcut(),
                 QKeySequence(Qt::ALT | Qt::Key_1));
        QVERIFY(desk.canned()->activeShortcuts().contains(QStringLiteral("Ctrl+1")));
    }

    void sendImmediatelySendsThroughTheOutboxAndKeepsTheDraft() {
        Desk desk({reply(QStringLiteral("Thanks"), QStringLiteral("Thanks, {visitor.name}!"),
                         QStringLiteral("thx"), QStringLiteral("Ctrl+Shift+T"), true)});
        QTest::keyClicks(desk.composer(), QStringLiteral("half-written"));
        key(desk.composer(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(desk.composer()->toPlainText(), QStringLiteral("half-written"));
        QCOMPARE(desk.outgoing().size(), 1);
        QCOMPARE(desk.outgoing().first().text, QStringLiteral("Thanks, Bo Diddley!"));
        QTRY_COMPARE(desk.server.requestsTo(kSend).size(), 1);
        QCOMPARE(desk.server.requestsTo(kSend)
                     .first()
                     .json()
                     .object()
                     .value("message")
                     .toObject()
                     .value("msg")
                     .toString(),
                 QStringLiteral("Thanks, Bo Diddley!"));
        QTRY_COMPARE(desk.outgoing().first().state, DeliveryState::Sent);
    }

    void anUnfilledPlaceholderIsInsertedFlaggedAndHeldOnce() {
        Desk desk({reply(QStringLiteral("Tracking"),
                         QStringLiteral("Your order {order.number} left on {date}."),
                         QStringLiteral("track"), QStringLiteral("Ctrl+Shift+K"), true)});
        key(desk.composer(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        // not sent: inserted with the unknown placeholder left visible and flagged
        QVERIFY(desk.outgoing().isEmpty());
        QVERIFY(desk.composer()->toPlainText().startsWith(
            QStringLiteral("Your order {order.number} left on ")));
        QCOMPARE(desk.composer()->flaggedPlaceholders(), QStringList{"{order.number}"});
        QCOMPARE(desk.composer()->extraSelections().size(), 1);
        QVERIFY2(desk.status().contains(QStringLiteral("{order.number}")),
                 qPrintable(desk.status()));
        // Enter is held once, naming it; the second Enter sends as it is
        key(desk.composer(), Qt::Key_Return);
        QVERIFY(desk.outgoing().isEmpty());
        QVERIFY(desk.status().contains(QStringLiteral("still holds {order.number}")));
        key(desk.composer(), Qt::Key_Return);
        QCOMPARE(desk.outgoing().size(), 1);
        QVERIFY(desk.outgoing().first().text.contains(QStringLiteral("{order.number}")));
    }

    void editingThePlaceholderAwayClearsTheFlag() {
        Desk desk({reply(QStringLiteral("Tracking"), QStringLiteral("Order {order.number}."),
                         QString(), QStringLiteral("Ctrl+Shift+K"))});
        key(desk.composer(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(desk.composer()->flaggedPlaceholders().size(), 1);
        // select the placeholder and type the number over it
        QTextCursor cursor = desk.composer()->textCursor();
        cursor.setPosition(6);
        cursor.setPosition(6 + int(QStringLiteral("{order.number}").size()),
                           QTextCursor::KeepAnchor);
        desk.composer()->setTextCursor(cursor);
        QTest::keyClicks(desk.composer(), QStringLiteral("A-1042"));
        QCOMPARE(desk.composer()->toPlainText(), QStringLiteral("Order A-1042."));
        QVERIFY(desk.composer()->flaggedPlaceholders().isEmpty());
        key(desk.composer(), Qt::Key_Return); // not held any more
        QCOMPARE(desk.outgoing().size(), 1);
    }

    void slashPopupFiltersRanksAndInserts() {
        Desk desk(standardSet());
        CannedCompleter* completer = desk.canned()->completer();
        QTest::keyClicks(desk.composer(), QStringLiteral("Sure /ord"));
        QVERIFY(completer->isVisible());
        QCOMPARE(titles(completer->matches()),
                 (QStringList{"Ask for the order number", "Orders over 100 ship free"}));
        key(desk.composer(), Qt::Key_Down);
        QCOMPARE(completer->popup()->currentIndex().row(), 1);
        key(desk.composer(), Qt::Key_Up);
        key(desk.composer(), Qt::Key_Return); // chooses, does not send
        QVERIFY(!completer->isVisible());
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Sure Could you send me your order number?"));
        QVERIFY(desk.outgoing().isEmpty());

        // fuzzy, Tab takes it
        desk.composer()->clear();
        QTest::keyClicks(desk.composer(), QStringLiteral("/hndvr"));
        QCOMPARE(titles(completer->matches()), QStringList{"Hand over to a colleague"});
        key(desk.composer(), Qt::Key_Tab);
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Handing you over.\n---\nA colleague joins in a moment."));
        QVERIFY(desk.composer()->hasFocus()); // Tab did not move the focus
    }

    void slashPopupEscapeAndNonTriggers() {
        Desk desk(standardSet());
        CannedCompleter* completer = desk.canned()->completer();
        QTest::keyClicks(desk.composer(), QStringLiteral("/hel"));
        QVERIFY(completer->isVisible());
        key(desk.composer(), Qt::Key_Escape);
        QVERIFY(!completer->isVisible());
        QTest::keyClicks(desk.composer(), QStringLiteral("lo there"));
        QVERIFY(!completer->isVisible()); // closed for this `/` for good
        QCOMPARE(desk.composer()->toPlainText(), QStringLiteral("/hello there"));
        // a slash inside a word or a path is not a trigger
        desk.composer()->clear();
        QTest::keyClicks(desk.composer(), QStringLiteral("and/or"));
        QVERIFY(!completer->isVisible());
        // no match: no popup, and Enter sends the text as typed
        desk.composer()->clear();
        QTest::keyClicks(desk.composer(), QStringLiteral("/zzz"));
        QVERIFY(!completer->isVisible());
        key(desk.composer(), Qt::Key_Return);
        QCOMPARE(desk.outgoing().size(), 1);
        QCOMPARE(desk.outgoing().first().text, QStringLiteral("/zzz"));
    }

    void agentNameIsTheDisplayNameTheServerKnows() {
        Desk desk(standardSet());
        Account signedIn = desk.fixture.account;
        signedIn.agentName = QStringLiteral("Kim Jane"); // recorded at sign-in (me.name)
        QVERIFY(desk.fixture.history.updateAccount(signedIn));
        key(desk.composer(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Hi Bo Diddley, I'm Kim Jane.  Talk soon."));
    }

    void paletteFiltersPreviewsInsertsAndSends() {
        Desk desk(standardSet());
        key(desk.composer(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        CannedPalette* palette = desk.canned()->palette();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        QCOMPARE(palette->shown().size(), 4);
        QTest::keyClicks(palette->filter(), QStringLiteral("greet"));
        QCOMPARE(titles(palette->shown()), QStringList{"Greeting"});
        QVERIFY2(palette->preview()->toPlainText().contains(QStringLiteral("Hi Bo Diddley")),
                 qPrintable(palette->preview()->toPlainText()));
        key(palette->filter(), Qt::Key_Return);
        QTRY_VERIFY(!desk.canned()->palette());
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Hi Bo Diddley, I'm kim.jane.  Talk soon."));
        QVERIFY(desk.outgoing().isEmpty());

        // Ctrl+Enter sends the chosen one at once
        backToComposer(desk);
        key(desk.composer(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        palette = desk.canned()->palette();
        QVERIFY(palette);
        QTest::keyClicks(palette->filter(), QStringLiteral("order"));
        key(palette->filter(), Qt::Key_Down);
        QCOMPARE(titles(palette->shown()).at(palette->list()->currentIndex().row()),
                 QStringLiteral("Orders over 100 ship free"));
        key(palette->filter(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(desk.outgoing().size(), 1);
        QCOMPARE(desk.outgoing().first().text, QStringLiteral("Orders over 100 ship free."));
    }

    void multiPartReplySendsAsOneBatchThroughTheOutbox() {
        QList<CannedReply> set = standardSet();
        set[3].shortcut = QStringLiteral("Ctrl+Shift+H");
        set[3].sendImmediately = true;
        Desk desk(set);
        key(desk.composer(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        const QList<Message> out = desk.outgoing();
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).text, QStringLiteral("Handing you over."));
        QCOMPARE(out.at(1).text, QStringLiteral("A colleague joins in a moment."));
        QVERIFY(out.at(0).batchId != 0);
        QCOMPARE(out.at(1).batchId, out.at(0).batchId);
        QTRY_COMPARE(desk.server.requestsTo(kSend).size(), 2);
        QCOMPARE(desk.server.requestsTo(kSend)
                     .at(0)
                     .json()
                     .object()
                     .value("message")
                     .toObject()
                     .value("msg")
                     .toString(),
                 QStringLiteral("Handing you over."));
        QCOMPARE(desk.server.requestsTo(kSend)
                     .at(1)
                     .json()
                     .object()
                     .value("message")
                     .toObject()
                     .value("msg")
                     .toString(),
                 QStringLiteral("A colleague joins in a moment."));

        // inserted from the `/` popup and sent with Enter: the same batch rule
        QTest::keyClicks(desk.composer(), QStringLiteral("/handover"));
        key(desk.composer(), Qt::Key_Return);
        QVERIFY(desk.composer()->toPlainText().contains(QStringLiteral("\n---\n")));
        key(desk.composer(), Qt::Key_Return);
        QCOMPARE(desk.outgoing().size(), 4);
        QVERIFY(desk.composer()->toPlainText().isEmpty());
    }

    void editorRefusesShortcutsInUseNamingTheConflict() {
        Desk desk(standardSet());
        desk.window->action(QStringLiteral("cannedEditor"))->trigger();
        CannedEditor* editor = desk.canned()->editor();
        QVERIFY(editor);
        QVERIFY(activate(editor));
        const CannedReply second = desk.library.replies().at(1);
        editor->select(second.id);

        // the desk's own Ctrl+K, captured from real key presses
        editor->shortcutEdit()->setFocus();
        QTest::keyClick(editor->shortcutEdit(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(editor->messageLabel()->text().contains(QStringLiteral("Go to Conversation")));
        QVERIFY(editor->messageLabel()->text().contains(QStringLiteral("Ctrl+K")));
        QCOMPARE(desk.library.reply(second.id)->shortcut, QStringLiteral("Ctrl+2"));
        QCOMPARE(editor->shortcutEdit()->keySequence(), QKeySequence(QStringLiteral("Ctrl+2")));

        // another reply's
        QVERIFY(!editor->setShortcut(QKeySequence(QStringLiteral("Ctrl+1"))));
        QVERIFY(editor->messageLabel()->text().contains(QStringLiteral("“Greeting”")));
        // a key that types
        QVERIFY(!editor->setShortcut(QKeySequence(QStringLiteral("Shift+A"))));
        // the composer's own keys
        QVERIFY(!editor->setShortcut(QKeySequence(QKeySequence::Paste)));
        QCOMPARE(desk.library.reply(second.id)->shortcut, QStringLiteral("Ctrl+2"));

        // a free one is taken and works in the window at once
        QVERIFY(editor->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+O"))));
        QCOMPARE(desk.library.reply(second.id)->shortcut, QStringLiteral("Ctrl+Alt+O"));
        editor->close();
        backToComposer(desk);
        key(desk.composer(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Could you send me your order number?"));
        key(desk.composer(), Qt::Key_2, Qt::ControlModifier); // freed: does nothing now
        QCOMPARE(desk.composer()->toPlainText(),
                 QStringLiteral("Could you send me your order number?"));
    }

    void editorCreatesEditsDuplicatesReordersAndDeletes() {
        Desk desk(standardSet());
        desk.window->action(QStringLiteral("cannedEditor"))->trigger();
        CannedEditor* editor = desk.canned()->editor();
        QVERIFY(editor);
        QVERIFY(activate(editor));
        // a button's shortcut clicks it with a short animation: wait for it
        key(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier); // New
        QTRY_COMPARE(desk.library.replies().size(), 5);
        const qint64 created = editor->selectedId();
        QCOMPARE(desk.library.replies().last().id, created);
        editor->titleEdit()->selectAll();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Refunds"));
        editor->textEdit()->selectAll();
        QTest::keyClicks(editor->textEdit(), QStringLiteral("Refund for {visitor.name}"));
        // live preview with sample values, then saved shortly after typing stops
        QVERIFY(editor->preview()->toPlainText().contains(QStringLiteral("Refund for Ana")));
        QTRY_COMPARE(desk.library.reply(created)->text,
                     QStringLiteral("Refund for {visitor.name}"));
        QCOMPARE(desk.library.reply(created)->title, QStringLiteral("Refunds"));
        QCOMPARE(desk.library.reply(created)->shortcut, QStringLiteral("Ctrl+5"));

        // an empty title is refused and said, the stored one stays
        editor->titleEdit()->selectAll();
        key(editor->titleEdit(), Qt::Key_Delete);
        QTRY_VERIFY(editor->messageLabel()->text().contains(QStringLiteral("title")));
        QCOMPARE(desk.library.reply(created)->title, QStringLiteral("Refunds"));
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Refunds policy"));

        editor->list()->setFocus();
        key(editor->list(), Qt::Key_Up, Qt::AltModifier); // move up
        QTRY_COMPARE(titles(desk.library.replies()).at(3), QStringLiteral("Refunds policy"));
        QCOMPARE(editor->selectedId(), created);

        QAbstractButton* duplicate = nullptr;
        for (auto* button : editor->findChildren<QAbstractButton*>()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Duplicate"))
                duplicate = button;
        }
        QVERIFY(duplicate);
        duplicate->click();
        QCOMPARE(titles(desk.library.replies()).at(4), QStringLiteral("Refunds policy (copy)"));
        const qint64 copy = editor->selectedId();

        // Delete asks first
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        editor->list()->setFocus();
        key(editor->list(), Qt::Key_Delete);
        QVERIFY(!desk.library.reply(copy));
        QCOMPARE(desk.library.replies().size(), 5);
    }

    void editorImportsExportsAndRefusesMalformedFiles() {
        Desk desk(standardSet());
        desk.window->action(QStringLiteral("cannedEditor"))->trigger();
        CannedEditor* editor = desk.canned()->editor();
        QVERIFY(editor);
        const QString exported = desk.fixture.dataDir() + QStringLiteral("/team.json");
        QVERIFY(editor->exportFile(exported));
        QVERIFY(editor->messageLabel()->text().contains(QStringLiteral("4")));

        const QString broken = desk.fixture.dataDir() + QStringLiteral("/broken.json");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "agentdesk-canned-replies", "version": 1, "replies": [
            {"title": "Fine", "text": "ok"}, {"title": "No text"}]})");
        file.close();
        QVERIFY(!editor->importFile(broken));
        QVERIFY2(editor->messageLabel()->text().contains(QStringLiteral("reply 2")),
                 qPrintable(editor->messageLabel()->text()));
        QCOMPARE(desk.library.replies().size(), 4);
        QVERIFY(!editor->importFile(desk.fixture.dataDir() + QStringLiteral("/missing.json")));

        for (const CannedReply& r : desk.library.replies())
            QVERIFY(desk.library.remove(r.id));
        QVERIFY(editor->importFile(exported));
        QCOMPARE(titles(desk.library.replies()), titles(standardSet()));
        QCOMPARE(desk.library.replies().at(0).shortcut, QStringLiteral("Ctrl+1"));
    }

    void editorSyncsFromARocketChatServer() {
        Desk desk(standardSet());
        desk.server.reply("GET", QStringLiteral("/api/v1/canned-responses.get"), 200, R"({
            "responses": [{"_id": "c9", "shortcut": "vat", "text": "Prices include VAT, {{contact.name}}.",
                           "scope": "global", "tags": []}], "success": true})");
        desk.window->action(QStringLiteral("cannedEditor"))->trigger();
        CannedEditor* editor = desk.canned()->editor();
        QVERIFY(editor);
        QSignalSpy finished(editor, &CannedEditor::operationFinished);
        editor->syncFromServer(desk.fixture.account.id);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        const CannedReply synced = desk.library.replies().last();
        QCOMPARE(synced.trigger, QStringLiteral("vat"));
        QCOMPARE(synced.accountId, desk.fixture.account.id);
        QCOMPARE(synced.text, QStringLiteral("Prices include VAT, {visitor.name}."));
        // usable at once from the composer
        editor->close();
        backToComposer(desk);
        QTest::keyClicks(desk.composer(), QStringLiteral("/vat"));
        key(desk.composer(), Qt::Key_Return);
        QCOMPARE(desk.composer()->toPlainText(), QStringLiteral("Prices include VAT, Bo Diddley."));
    }

    void theShortcutsWindowListsTheCannedReplies() {
        QList<CannedReply> set = standardSet();
        set[3].shortcut = QStringLiteral("Ctrl+Shift+H");
        Desk desk(set);
        key(desk.window.get(), Qt::Key_Slash, Qt::ControlModifier);
        auto* dialog = desk.window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), desk.window->menuActions().size() + 4);
        const QStringList expected = {"Greeting", "Ask for the order number",
                                      "Orders over 100 ship free", "Hand over to a colleague"};
        const QList<QKeySequence> keys = {
            QKeySequence(QStringLiteral("Ctrl+1")), QKeySequence(QStringLiteral("Ctrl+2")),
            QKeySequence(QStringLiteral("Ctrl+3")), QKeySequence(QStringLiteral("Ctrl+Shift+H"))};
        const int first = table->rowCount() - 4;
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(table->item(first + i, 0)->text(), expected.at(i));
            QCOMPARE(table->item(first + i, 1)->text(),
                     keys.at(i).toString(QKeySequence::NativeText));
            QCOMPARE(table->item(first + i, 2)->text(), QStringLiteral("Canned replies"));
        }
        dialog->close();
    }

    void aStoredShortcutTheDeskUsesIsLeftOffAndSaid() {
        QList<CannedReply> set = standardSet();
        set[1].shortcut = QStringLiteral("Ctrl+K");
        Desk desk(set);
        QVERIFY(!desk.canned()->activeShortcuts().contains(QStringLiteral("Ctrl+K")));
        QVERIFY(desk.canned()->activeShortcuts().contains(QStringLiteral("Ctrl+1")));
        QVERIFY2(desk.status().contains(QStringLiteral("Go to Conversation")),
                 qPrintable(desk.status()));
    }
};

QTEST_MAIN(TestCannedDesk)
#include "tst_canned_desk.moc"
