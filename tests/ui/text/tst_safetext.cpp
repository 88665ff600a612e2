#include "ui/text/SafeText.h"
#include "ui/text/SafeTextBrowser.h"
#include "ui/text/SafeTextDocument.h"
#include "TestServer.h"

#include <QDesktopServices>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace agentdesk::ui;

//! Records what the desk tried to open instead of starting a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestSafeText : public QObject {
    Q_OBJECT

    static const QString kRlo;

    //! Every anchor href in a rendered document.
    static QStringList hrefs(const QTextDocument& document) {
        QStringList out;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor())
                    out << it.fragment().charFormat().anchorHref();
        return out;
    }
    static bool hasImage(const QTextDocument& document) {
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    return true;
        return false;
    }

private slots:
    void bidiControlsAreShownNotObeyed() {
        const QString shown = SafeText::showBidiControls(QStringLiteral("invoice") + kRlo +
                                                         QStringLiteral("fdp.exe"));
        QCOMPARE(shown, QStringLiteral("invoice\u27E6U+202E\u27E7fdp.exe"));
        for (const char16_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069,
                                 0x200E, 0x200F, 0x061C}) {
            const QString out = SafeText::showBidiControls(QString(QChar(c)));
            QVERIFY2(!out.contains(QChar(c)), qPrintable(out));
            QVERIFY(out.startsWith(QStringLiteral("\u27E6U+")));
        }
        QCOMPARE(SafeText::showBidiControls(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void plainTextIsEscapedAndLinked() {
        const QString html = SafeText::plainToHtml(
            QStringLiteral("<b>hi</b> & see https://example.org/a?b=1&c=2.\nnext line "
                           "mailto:kim@example.org javascript:alert(1) file:///etc/passwd"));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;hi&lt;/b&gt; &amp;")));
        QVERIFY(html.contains(QStringLiteral("<br/>")));
        SafeTextDocument document;
        document.setHtml(html);
        QCOMPARE(hrefs(document), (QStringList{QStringLiteral("https://example.org/a?b=1&c=2")}));
        QVERIFY(document.toPlainText().contains(QStringLiteral("mailto:kim@example.org")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("javascript:alert(1)")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("next line")));
    }

    void plainTextKeepsBidiVisible() {
        SafeTextDocument document;
        document.setHtml(
            SafeText::plainToHtml(QStringLiteral("abc") + kRlo + QStringLiteral("def")));
        QVERIFY(!document.toPlainText().contains(kRlo));
        QVERIFY(document.toPlainText().contains(QStringLiteral("U+202E")));
    }

    //! Where every line of a laid-out document sits: its text, its width and its place.
    static QString lines(QTextDocument& document) {
        QString out = QStringLiteral("%1x%2 ideal %3:")
                          .arg(document.size().width())
                          .arg(document.size().height())
                          .arg(document.idealWidth());
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            const QTextLayout* layout = b.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                out += QStringLiteral(" [%1+%2 w%3 at %4,%5 h%6]")
                           .arg(line.textStart())
                           .arg(line.textLength())
                           .arg(line.naturalTextWidth())
                           .arg(line.x())
                           .arg(line.y())
                           .arg(line.height());
            }
        }
        return out;
    }

    void plainTextWithoutTheHtmlRoundTripLaysOutTheSame() {
        const QStringList texts = {
            QStringLiteral("Where is my order? It was due on Monday."),
            QStringLiteral("a  b   c    d     spaces kept"),
            QStringLiteral("tab\there\tand there"),
            QStringLiteral("line one\nline two\n\nline four"),
            QStringLiteral("trailing   "),
            QStringLiteral("   leading"),
            QString(400, u'x'),
            QStringLiteral("مرحبا بالعالم، أين طلبي؟ hello"),
            QStringLiteral("日本語のテキストです。これは長い文です。折り返しが必要です。"),
            QStringLiteral("emoji 😀😀 👍🏽 family 👨‍👩‍👧 done"),
            QStringLiteral("<b>not bold</b> &amp; <script>x</script>"),
            QStringLiteral("file ") + kRlo + QStringLiteral("gpj.exe shown"),
            QString(),
            QStringLiteral(" "),
            QStringLiteral("\n"),
            QStringLiteral("no\u00A0break, soft\u00ADhyphen, zero\u200Bwidth"),
            QStringLiteral("mailto:kim@example.org stays text, as does ftp://x.org"),
            QStringLiteral("a link https://example.org/a?b=c, then text"), // the HTML way
            QStringLiteral("carriage\r\nreturn"),                          // the HTML way
        };
        for (const QString& text : texts) {
            for (int width : {669, 240, 80}) {
                SafeTextDocument viaHtml;
                viaHtml.setDocumentMargin(0);
                viaHtml.setHtml(SafeText::plainToHtml(text));
                viaHtml.setTextWidth(width);
                SafeTextDocument direct;
                direct.setDocumentMargin(0);
                SafeText::setPlainText(direct, text);
                direct.setTextWidth(width);
                QCOMPARE(lines(direct), lines(viaHtml));
                QCOMPARE(direct.toPlainText(), viaHtml.toPlainText());
                QCOMPARE(hrefs(direct), hrefs(viaHtml));
            }
        }
    }

    void markdownHasNoRawHtmlAndNoImages() {
        TestServer server;
        server.reply("GET", "/x.png", 200, QByteArray("\x89PNG"));
        const QString image = server.url().toString() + QStringLiteral("/x.png");
        const QString markdown =
            QStringLiteral(
                "**Bold** answer\n\n<img src=%1>\n\n<style>body{color:red}</style>\n\n"
                "![logo](%1)\n\n[click](javascript:alert(1)) [local](file:///etc/passwd) "
                "[docs](https://docs.example.org/x)\n\nrlo:")
                .arg(image) +
            kRlo + QStringLiteral("gnp.exe");
        const QString html = SafeText::markdownToHtml(markdown);
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<style>body{color"), Qt::CaseInsensitive));

        SafeTextBrowser browser;
        browser.setHtml(html);
        browser.resize(400, 400);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(!hasImage(*browser.document()));
        const QString text = browser.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("<img src=")), qPrintable(text)); // shown as text
        QVERIFY(text.contains(QStringLiteral("<style>")));
        QVERIFY(!text.contains(kRlo));
        QVERIFY(text.contains(QStringLiteral("\u27E6U+202E\u27E7gnp.exe")));
        const QStringList links = hrefs(*browser.document());
        QVERIFY2(links.contains(image), qPrintable(links.join(' '))); // the image is a link now
        QVERIFY(links.contains(QStringLiteral("javascript:alert(1)")));
        QVERIFY(links.contains(QStringLiteral("https://docs.example.org/x")));
        QTest::qWait(200); // give any would-be fetch a chance to reach the server
        QCOMPARE(server.requests().size(), 0);
    }

    void onlyHttpLinksOpen() {
        QVERIFY(SafeText::isOpenableUrl(QUrl(QStringLiteral("https://example.org/"))));
        QVERIFY(SafeText::isOpenableUrl(QUrl(QStringLiteral("http://example.org/x"))));
        for (const char* bad : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi",
                                "ftp://example.org/", "mailto:kim@example.org", "https:///nohost",
                                "vbscript:x", "qrc:/x.png", ""})
            QVERIFY2(!SafeText::isOpenableUrl(QUrl(QString::fromLatin1(bad))), bad);
        QVERIFY(!SafeText::isClickableUrl(QUrl(QStringLiteral("mailto:kim@example.org"))));
        QVERIFY(!SafeText::isClickableUrl(QUrl(QStringLiteral("javascript:alert(1)"))));
    }

    void browserRefusesNonHttpClicks() {
        UrlCatcher catcher;
        for (const char* scheme : {"http", "https", "file", "javascript", "data", "mailto"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
        SafeTextBrowser browser;
        QSignalSpy refused(&browser, &SafeTextBrowser::linkRefused);
        QSignalSpy opened(&browser, &SafeTextBrowser::linkOpened);
        emit browser.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        emit browser.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        emit browser.anchorClicked(QUrl(QStringLiteral("data:text/html,<b>x</b>")));
        emit browser.anchorClicked(QUrl(QStringLiteral("mailto:kim@example.org")));
        emit browser.anchorClicked(QUrl(QStringLiteral("https://docs.example.org/x")));
        QCOMPARE(refused.size(), 4);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://docs.example.org/x"))});
        for (const char* scheme : {"http", "https", "file", "javascript", "data", "mailto"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }
};

const QString TestSafeText::kRlo = QString(QChar(0x202E));

QTEST_MAIN(TestSafeText)
#include "tst_safetext.moc"
