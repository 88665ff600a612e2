#include "PanelTestKit.h"
#include "ui/search/SearchDialog.h"
#include "ui/search/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestSearchDialog : public QObject {
    Q_OBJECT

    struct Fixture {
        TempHistory store;
        qint64 alice = 0;
        qint64 bob = 0;
        QHash<QString, qint64> ids; //!< message text -> id

        bool setUp() {
            if (!store.open())
                return false;
            Account account;
            account.backend = Backend::RocketChat;
            account.serverUrl = QUrl(QStringLiteral("https://chat.example.com"));
            account.displayName = QStringLiteral("Acme");
            const auto stored = store.history.addAccount(account);
            if (!stored)
                return false;
            alice = conversation(stored->id, QStringLiteral("r-alice"), QStringLiteral("Alice"));
            bob = conversation(stored->id, QStringLiteral("r-bob"), QStringLiteral("Bob"));
            const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
            return message(alice, QStringLiteral("I want a refund for order 12"), t0) &&
                   message(bob, QStringLiteral("Where is my parcel?"), t0.addSecs(60)) &&
                   message(bob, QStringLiteral("Refund please, <img src=x> & thanks"),
                           t0.addSecs(120)) &&
                   message(alice, QStringLiteral("Still waiting for the refund"),
                           t0.addSecs(180)) &&
                   alice > 0 && bob > 0;
        }
        qint64 conversation(qint64 accountId, const QString& remoteId, const QString& name) {
            Conversation c;
            c.accountId = accountId;
            c.remoteId = remoteId;
            c.visitorName = name;
            c.title = name;
            const auto stored = store.history.upsertConversation(c);
            return stored ? stored->id : 0;
        }
        bool message(qint64 conversationId, const QString& text, const QDateTime& at) {
            Message m;
            m.conversationId = conversationId;
            m.direction = Direction::Incoming;
            m.text = text;
            m.createdAt = at;
            const auto stored = store.history.addMessage(m);
            if (stored)
                ids.insert(text, stored->id);
            return stored.has_value();
        }
    };

private slots:
    void snippetHtmlEscapesAndHighlights() {
        QCOMPARE(SearchResultsModel::snippetHtml(QStringLiteral("a \x02refund\x03 <img src=x> &")),
                 QStringLiteral("a <b>refund</b> &lt;img src=x&gt; &amp;"));
        // Markers from a damaged snippet never leave a tag open or close one never opened.
        QCOMPARE(SearchResultsModel::snippetHtml(QStringLiteral("\x03x \x02y")),
                 QStringLiteral("x <b>y</b>"));
        QCOMPARE(SearchResultsModel::snippetText(QStringLiteral("a \x02"
                                                                "b\x03")),
                 QStringLiteral("a b"));
        QVERIFY(SearchResultsModel::snippetHtml(QStringLiteral("gnp.\u202Eexe"))
                    .contains(QStringLiteral("U+202E")));
    }

    void theWordBeingTypedIsAPrefix() {
        QCOMPARE(SearchResultsModel::liveQuery("refu"), QStringLiteral("refu*"));
        QCOMPARE(SearchResultsModel::liveQuery("order refu"), QStringLiteral("order refu*"));
        QCOMPARE(SearchResultsModel::liveQuery("refund "), QStringLiteral("refund"));
        QCOMPARE(SearchResultsModel::liveQuery("re"), QStringLiteral("re"));
        QCOMPARE(SearchResultsModel::liveQuery("refu*"), QStringLiteral("refu*"));
        QCOMPARE(SearchResultsModel::liveQuery("  "), QString());
    }

    void modelPassesTheTesterAndSortsNewestFirst() {
        Fixture f;
        QVERIFY(f.setUp());
        SearchResultsModel model(&f.store.history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("refund"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.hit(0).messageId,
                 f.ids.value(QStringLiteral("Still waiting for the refund")));
        QCOMPARE(model.hit(1).messageId,
                 f.ids.value(QStringLiteral("Refund please, <img src=x> & thanks")));
        QCOMPARE(model.hit(2).messageId,
                 f.ids.value(QStringLiteral("I want a refund for order 12")));
        const QString html = model.index(1).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("&lt;img src=x&gt;")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<b>Refund</b>")));
        model.setScope(f.alice);
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QStringLiteral("\"unbalanced ( AND OR"));
        QCOMPARE(model.rowCount(), 0); // odd input is just text, never an error or a crash
    }

    void typingAndEnterOpensTheRightMessage() {
        Fixture f;
        QVERIFY(f.setUp());
        SearchDialog dialog(&f.store.history);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(&dialog, &SearchDialog::messageChosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* field = controlNamed<QLineEdit>(&dialog, QStringLiteral("Search text"));
        QVERIFY(field);
        QVERIFY(field->hasFocus() || (field->setFocus(), true));
        QTest::keyClicks(field, QStringLiteral("refu"));
        QTRY_COMPARE(dialog.model()->rowCount(), 3); // live, as typed (prefix match)
        auto* status = controlNamed<QLabel>(&dialog, QStringLiteral("Search status"));
        QVERIFY(status->text().contains(QStringLiteral("3")));
        QTest::keyClick(field, Qt::Key_Down); // second newest
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), f.bob);
        QCOMPARE(opened.first().at(1).toLongLong(),
                 f.ids.value(QStringLiteral("Refund please, <img src=x> & thanks")));
        QVERIFY(!dialog.isVisible());
    }

    void scopedToOneConversationAndWidened() {
        Fixture f;
        QVERIFY(f.setUp());
        SearchDialog dialog(&f.store.history);
        dialog.setScope(f.alice);
        QSignalSpy opened(&dialog, &SearchDialog::messageChosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.restart();
        auto* field = controlNamed<QLineEdit>(&dialog, QStringLiteral("Search text"));
        QTest::keyClicks(field, QStringLiteral("refund"));
        QTest::keyClick(field, Qt::Key_Return); // Enter right away: no waiting for the debounce
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), f.alice);
        QCOMPARE(opened.first().at(1).toLongLong(),
                 f.ids.value(QStringLiteral("Still waiting for the refund")));

        dialog.show();
        auto* onlyHere =
            controlNamed<QCheckBox>(&dialog, QStringLiteral("Search only in this conversation"));
        QVERIFY(onlyHere && onlyHere->isChecked());
        onlyHere->setFocus();
        QTest::keyClick(onlyHere, Qt::Key_Space);
        QCOMPARE(dialog.scope(), 0);
        QCOMPARE(dialog.model()->rowCount(), 3);
    }

    void noHitsMeansNoSignal() {
        Fixture f;
        QVERIFY(f.setUp());
        SearchDialog dialog(&f.store.history);
        QSignalSpy opened(&dialog, &SearchDialog::messageChosen);
        dialog.show();
        auto* field = controlNamed<QLineEdit>(&dialog, QStringLiteral("Search text"));
        QTest::keyClicks(field, QStringLiteral("zebra"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(opened.size(), 0);
        QVERIFY(controlNamed<QLabel>(&dialog, QStringLiteral("Search status"))
                    ->text()
                    .contains(QStringLiteral("No messages")));
    }
};

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"
