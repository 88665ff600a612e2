#include "PanelTestKit.h"
#include "ui/conversations/QuickSwitcher.h"

#include <QLineEdit>
#include <QSignalSpy>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestQuickSwitcher : public QObject {
    Q_OBJECT

    struct Fixture {
        TempHistory store;
        QHash<QString, qint64> ids;

        bool setUp() {
            if (!store.open())
                return false;
            Account account;
            account.backend = Backend::SocialBoards;
            account.serverUrl = QUrl(QStringLiteral("https://api.socialboards.com"));
            account.displayName = QStringLiteral("Acme");
            const auto stored = store.history.addAccount(account);
            if (!stored)
                return false;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            int minutes = 0;
            for (const QString& name : {QStringLiteral("Baek"), QStringLiteral("John Smith"),
                                        QStringLiteral("Joanna Li"), QStringLiteral("Smithers")}) {
                Conversation c;
                c.accountId = stored->id;
                c.backend = Backend::SocialBoards;
                c.remoteId = name;
                c.visitorName = name;
                c.title =
                    name == QStringLiteral("Baek") ? QStringLiteral("Order 991 refund") : name;
                c.lastActivity = now.addSecs(-60 * ++minutes);
                const auto conversation = store.history.upsertConversation(c);
                if (!conversation)
                    return false;
                ids.insert(name, conversation->id);
            }
            return true;
        }
    };

private slots:
    void scoresRankPrefixThenWordThenInsideThenFuzzy() {
        const int prefix = QuickSwitcher::matchScore("smi", "Smithers");
        const int word = QuickSwitcher::matchScore("smi", "John Smith");
        const int inside = QuickSwitcher::matchScore("mit", "John Smith");
        const int fuzzy = QuickSwitcher::matchScore("jsm", "John Smith");
        QVERIFY(prefix > word);
        QVERIFY(word > inside);
        QVERIFY(inside > fuzzy);
        QVERIFY(fuzzy >= 0);
        QCOMPARE(QuickSwitcher::matchScore("xyz", "John Smith"), -1);
        QCOMPARE(QuickSwitcher::matchScore("", "John"), 0);
        QVERIFY(QuickSwitcher::matchScore("JOHN", "john smith") > 0); // any case
    }

    void typingPartOfANameAndEnterOpensIt() {
        Fixture f;
        QVERIFY(f.setUp());
        QuickSwitcher switcher(&f.store.history);
        QSignalSpy opened(&switcher, &QuickSwitcher::conversationChosen);
        switcher.popup();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        auto* field = controlNamed<QLineEdit>(&switcher, QStringLiteral("Conversation filter"));
        QVERIFY(field && field->hasFocus());
        QCOMPARE(switcher.visibleCount(), 4);

        QTest::keyClicks(field, QStringLiteral("smi"));
        QCOMPARE(switcher.visibleCount(), 2);
        QCOMPARE(switcher.conversationAt(0), f.ids.value("Smithers")); // prefix beats word
        QCOMPARE(switcher.conversationAt(1), f.ids.value("John Smith"));
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), f.ids.value("John Smith"));
        QVERIFY(!switcher.isVisible());
    }

    void fuzzyAndTitleMatches() {
        Fixture f;
        QVERIFY(f.setUp());
        QuickSwitcher switcher(&f.store.history);
        QSignalSpy opened(&switcher, &QuickSwitcher::conversationChosen);
        switcher.popup();
        auto* field = controlNamed<QLineEdit>(&switcher, QStringLiteral("Conversation filter"));
        QTest::keyClicks(field, QStringLiteral("jli"));
        QCOMPARE(switcher.conversationAt(0), f.ids.value("Joanna Li"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("refund"));
        QCOMPARE(switcher.visibleCount(), 1);
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(opened.first().first().toLongLong(), f.ids.value("Baek"));
    }

    void escapeClosesWithoutOpening() {
        Fixture f;
        QVERIFY(f.setUp());
        QuickSwitcher switcher(&f.store.history);
        QSignalSpy opened(&switcher, &QuickSwitcher::conversationChosen);
        switcher.popup();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        auto* field = controlNamed<QLineEdit>(&switcher, QStringLiteral("Conversation filter"));
        QTest::keyClicks(field, QStringLiteral("zzz"));
        QCOMPARE(switcher.visibleCount(), 0);
        QTest::keyClick(field, Qt::Key_Return); // nothing matches: nothing opens
        QVERIFY(switcher.isVisible());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!switcher.isVisible());
        QCOMPARE(opened.size(), 0);
        // Opening again starts afresh.
        switcher.popup();
        QCOMPARE(field->text(), QString());
        QCOMPARE(switcher.visibleCount(), 4);
    }
};

QTEST_MAIN(TestQuickSwitcher)
#include "tst_quickswitcher.moc"
