#include "canned/CannedMatcher.h"
#include "canned/CannedTemplate.h"

#include <QTest>

using namespace agentdesk;

//! Placeholders, multi-part replies and the ranking of the `/` popup and the palette.
class TestCannedText : public QObject {
    Q_OBJECT

    static PlaceholderValues values() {
        PlaceholderValues v;
        v.visitorName = QStringLiteral("Ana");
        v.visitorEmail = QStringLiteral("ana@example.org");
        v.agentName = QStringLiteral("Sam");
        v.conversationId = QStringLiteral("room-7");
        v.now = QDateTime(QDate(2026, 3, 4), QTime(9, 5));
        v.locale = QLocale(QLocale::German, QLocale::Germany);
        return v;
    }

    static CannedReply reply(const QString& title, const QString& trigger, int position) {
        CannedReply r;
        r.id = position + 1;
        r.position = position;
        r.title = title;
        r.trigger = trigger;
        r.text = title;
        return r;
    }

    static QStringList titles(const QList<CannedMatch>& matches) {
        QStringList list;
        for (const CannedMatch& match : matches)
            list << match.reply.title;
        return list;
    }

private slots:
    void fillsEveryPlaceholder() {
        const FilledReply filled = CannedTemplate::fill(
            QStringLiteral("Hi {visitor.name} <{visitor.email}>, {agent.name} here about "
                           "{conversation.id} on {date} at {time}."),
            values());
        QCOMPARE(filled.text,
                 QStringLiteral("Hi Ana <ana@example.org>, Sam here about room-7 on 04.03.26 at "
                                "09:05."));
        QVERIFY(filled.complete());
        QCOMPARE(filled.cursor, -1);
    }

    void cursorLandsAtTheMarker() {
        const FilledReply filled =
            CannedTemplate::fill(QStringLiteral("Hello {visitor.name}, {cursor}. Bye"), values());
        QCOMPARE(filled.text, QStringLiteral("Hello Ana, . Bye"));
        QCOMPARE(filled.cursor, 11);
    }

    void unknownPlaceholderStaysVisibleAndFlagged() {
        const FilledReply filled = CannedTemplate::fill(
            QStringLiteral("Dear {visitor.name}, your {order.number} ships {date}."), values());
        QCOMPARE(filled.text, QStringLiteral("Dear Ana, your {order.number} ships 04.03.26."));
        QCOMPARE(filled.flags.size(), 1);
        QCOMPARE(filled.flags.at(0).placeholder, QStringLiteral("{order.number}"));
        QCOMPARE(filled.text.mid(filled.flags.at(0).start, filled.flags.at(0).length),
                 QStringLiteral("{order.number}"));
        QVERIFY(!filled.flags.at(0).reason.isEmpty());
    }

    void knownPlaceholderWithoutValueIsFlaggedNotBlanked() {
        PlaceholderValues v = values();
        v.visitorEmail.clear();
        const FilledReply filled =
            CannedTemplate::fill(QStringLiteral("We wrote to {visitor.email}."), v);
        QCOMPARE(filled.text, QStringLiteral("We wrote to {visitor.email}."));
        QCOMPARE(filled.flags.size(), 1);
        QCOMPARE(filled.flags.at(0).start, 12);
        QVERIFY(!filled.complete());
    }

    void bracesThatAreNotPlaceholdersStay() {
        const FilledReply filled =
            CannedTemplate::fill(QStringLiteral("JSON {\"a\": 1} and { spaced }"), values());
        QCOMPARE(filled.text, QStringLiteral("JSON {\"a\": 1} and { spaced }"));
        QVERIFY(filled.complete());
    }

    void splitsPartsAtDashLines() {
        QCOMPARE(
            CannedTemplate::parts(QStringLiteral("One\n---\nTwo\n  ---  \n\nThree\n")),
            (QStringList{QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")}));
        QCOMPARE(CannedTemplate::parts(QStringLiteral("Only one -- not a separator\n----")),
                 QStringList{QStringLiteral("Only one -- not a separator\n----")});
        QCOMPARE(CannedTemplate::parts(QStringLiteral("---\nA\n---\n---\n")),
                 QStringList{QStringLiteral("A")});
    }

    void ranksTriggerThenTitleThenFuzzy() {
        const QList<CannedReply> replies = {
            reply(QStringLiteral("Shipping times"), QStringLiteral("ship"), 0),
            reply(QStringLiteral("Ask for the order number"), QStringLiteral("order"), 1),
            reply(QStringLiteral("Refund policy"), QStringLiteral("refund"), 2),
            reply(QStringLiteral("Orders over 100 € ship free"), QStringLiteral("free"), 3),
            reply(QStringLiteral("Greeting"), QStringLiteral("hello"), 4),
        };
        // exact trigger first, then the title that starts with it, then the word inside a title
        QCOMPARE(titles(CannedMatcher::rank(QStringLiteral("order"), replies)),
                 (QStringList{QStringLiteral("Ask for the order number"),
                              QStringLiteral("Orders over 100 € ship free")}));
        QCOMPARE(titles(CannedMatcher::rank(QStringLiteral("ship"), replies)).first(),
                 QStringLiteral("Shipping times"));
        // letters in order, not adjacent: fuzzy
        QCOMPARE(titles(CannedMatcher::rank(QStringLiteral("rfnd"), replies)),
                 QStringList{QStringLiteral("Refund policy")});
        QCOMPARE(titles(CannedMatcher::rank(QStringLiteral("GREET"), replies)),
                 QStringList{QStringLiteral("Greeting")});
        QVERIFY(CannedMatcher::rank(QStringLiteral("xyz"), replies).isEmpty());
        // empty query: everything in the agent's order
        QCOMPARE(CannedMatcher::rank(QString(), replies).size(), replies.size());
        QCOMPARE(CannedMatcher::rank(QString(), replies).first().reply.title,
                 QStringLiteral("Shipping times"));
    }

    void ignoresCaseAndAccents() {
        const QList<CannedReply> replies = {
            reply(QStringLiteral("Résumé envoyé"), QStringLiteral("résumé"), 0),
            reply(QStringLiteral("Other"), QStringLiteral("other"), 1),
        };
        QCOMPARE(titles(CannedMatcher::rank(QStringLiteral("RESUME"), replies)),
                 QStringList{QStringLiteral("Résumé envoyé")});
        QCOMPARE(CannedMatcher::fold(QStringLiteral("Ünïcödé")), QStringLiteral("unicode"));
    }

    void fuzzyPrefersAdjacentAndWordStarts() {
        QVERIFY(CannedMatcher::fuzzyScore(QStringLiteral("ord"), QStringLiteral("order")) >
                CannedMatcher::fuzzyScore(QStringLiteral("ord"), QStringLiteral("oxrxd")));
        QVERIFY(CannedMatcher::fuzzyScore(QStringLiteral("hc"), QStringLiteral("hand colleague")) >
                CannedMatcher::fuzzyScore(QStringLiteral("hc"), QStringLiteral("aahbbbbcbbbbb")));
        QVERIFY(CannedMatcher::fuzzyScore(QStringLiteral("zz"), QStringLiteral("pizza")) > 0);
        QCOMPARE(CannedMatcher::fuzzyScore(QStringLiteral("zzz"), QStringLiteral("pizza")), 0);
    }

    void ties_keepTheAgentsOrder() {
        const QList<CannedReply> replies = {
            reply(QStringLiteral("Delivery A"), QString(), 0),
            reply(QStringLiteral("Delivery B"), QString(), 1),
        };
        QCOMPARE(titles(CannedMatcher::rank(QStringLiteral("deliv"), replies)),
                 (QStringList{QStringLiteral("Delivery A"), QStringLiteral("Delivery B")}));
    }
};

QTEST_GUILESS_MAIN(TestCannedText)
#include "tst_cannedtext.moc"
