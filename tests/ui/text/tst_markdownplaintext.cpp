#include "ui/text/MarkdownPlainText.h"
#include "canned/CannedTemplate.h"

#include <QTest>

using namespace agentdesk::ui;

//! An AI answer written in markdown, turned into what a visitor reads in a plain chat reply.
class TestMarkdownPlainText : public QObject {
    Q_OBJECT

    static QString plain(const QString& markdown) {
        return MarkdownPlainText::fromMarkdown(markdown);
    }

private slots:
    void emphasisAndHeadingsLoseTheirMarkers() {
        QCOMPARE(plain(QStringLiteral("# Opening hours\n\nWe are open **Monday** to *Friday*, "
                                      "`9-18`.")),
                 QStringLiteral("Opening hours\n\nWe are open Monday to Friday, 9-18."));
        QCOMPARE(plain(QStringLiteral("~~old~~ __new__")), QStringLiteral("old new"));
    }

    void linksKeepTheirAddressReadable() {
        QCOMPARE(plain(QStringLiteral("See [our returns page](https://example.com/returns).")),
                 QStringLiteral("See our returns page (https://example.com/returns)."));
        QCOMPARE(plain(QStringLiteral("See [**the** page](https://example.com/a) now")),
                 QStringLiteral("See the page (https://example.com/a) now"));
        QCOMPARE(plain(QStringLiteral("Go to <https://example.com/help>")),
                 QStringLiteral("Go to https://example.com/help"));
        QCOMPARE(plain(QStringLiteral("[https://example.com/x](https://example.com/x)")),
                 QStringLiteral("https://example.com/x"));
        QCOMPARE(plain(QStringLiteral("![logo](https://example.com/logo.png)")),
                 QStringLiteral("https://example.com/logo.png"));
    }

    void listsBecomeLines() {
        QCOMPARE(plain(QStringLiteral("Steps:\n\n1. Clear the cache\n2. Reload **the page**\n\n"
                                      "Also:\n\n- one\n- two\n  - nested\n")),
                 QStringLiteral("Steps:\n\n1. Clear the cache\n2. Reload the page\n\nAlso:\n\n"
                                "- one\n- two\n  - nested"));
        QCOMPARE(plain(QStringLiteral("- [x] done\n- [ ] to do")),
                 QStringLiteral("- [x] done\n- [ ] to do"));
    }

    void paragraphsLineBreaksAndCode() {
        QCOMPARE(plain(QStringLiteral("one\ntwo\n\nthree")), QStringLiteral("one two\n\nthree"));
        QCOMPARE(plain(QStringLiteral("Run:\n\n```\nnpm ci\nnpm test\n```\n")),
                 QStringLiteral("Run:\n\nnpm ci\nnpm test"));
    }

    void aRuleIsNoPartSeparator() {
        // "---" on its own line splits a reply in the composer into several messages
        const QString text = plain(QStringLiteral("Above\n\n---\n\nBelow"));
        QVERIFY2(!text.contains(QStringLiteral("---")), qPrintable(text));
        QCOMPARE(agentdesk::CannedTemplate::parts(text).size(), 1);
        QCOMPARE(text, QStringLiteral("Above\n\nBelow"));
    }

    void plainTextStaysAsItIs() {
        QCOMPARE(plain(QStringLiteral("Our business hours are Monday to Friday, 9 AM to 6 PM.")),
                 QStringLiteral("Our business hours are Monday to Friday, 9 AM to 6 PM."));
        QCOMPARE(plain(QString()), QString());
    }
};

QTEST_MAIN(TestMarkdownPlainText)
#include "tst_markdownplaintext.moc"
