#include "CliRunner.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::cli;
using CliRunner::Run;
using CliRunner::tempFile;

namespace {

//! A server's text that tries to drive the terminal: set the window title (OSC), clear the
//! screen (CSI), overwrite the line (a bare carriage return), a C1 CSI, a backspace and a
//! right-to-left override, as JSON escapes.
const QByteArray kHostile = R"(\u001b]0;pwned\u0007\u001b[2J\rforged\u009b31m\b\u202eevil)";
//! The same text as it reaches a JSON value.
const QString kHostileText = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\rforged") + QChar(0x9b) +
                             QStringLiteral("31m\b") + QChar(0x202e) + QStringLiteral("evil");

//! Fails when `bytes` hold anything a terminal acts on: C0 controls but newline and tab, DEL,
//! C1 controls, bidi controls.
bool terminalClean(const QByteArray& bytes, QString* what) {
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
        const bool bidi = c == 0x061c || c == 0x200e || c == 0x200f ||
                          (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        if (control || bidi) {
            *what = QStringLiteral("U+%1 at %2 in: %3")
                        .arg(uint(c), 4, 16, QLatin1Char('0'))
                        .arg(i)
                        .arg(QString::fromUtf8(bytes.toPercentEncoding(" \n\t/:.,;()[]{}\"'")));
            return false;
        }
    }
    return true;
}

#define VERIFY_CLEAN(bytes)                                                                        \
    do {                                                                                           \
        QString what;                                                                              \
        QVERIFY2(terminalClean(bytes, &what), qPrintable(what));                                   \
    } while (false)

} // namespace

//! Text from servers and files never reaches the terminal raw (issue 18, point 7): every
//! control and bidi character is printed as a visible escape, and --json stays the same JSON.
class TestCliTerminal : public QObject {
    Q_OBJECT

    QStringList rcSend(const TestServer& server) {
        return {"send",
                "--backend",
                "rocketchat",
                "--server",
                server.url().toString(),
                "--room",
                "hGFwSKA28nRKut3pD",
                "--visitor-token",
                "54fc5544030bcecda053311cb6b"};
    }

private slots:
    void serverErrorTextIsEscaped() {
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 400,
                     R"({"success":false,"error":")" + kHostile + R"("})");
        Run run = cli(rcSend(server) << "hi");
        QCOMPARE(run.exitCode, 3);
        VERIFY_CLEAN(run.err);
        QVERIFY2(run.err.contains(R"(\x1b]0;pwned\x07\x1b[2J\x0dforged\x9b31m\x08\u202eevil)"),
                 run.err.constData());

        run = cli(rcSend(server) << "--json"
                                 << "hi");
        QCOMPARE(run.exitCode, 3);
        VERIFY_CLEAN(run.out);
        VERIFY_CLEAN(run.err);
        // the same value, only written with escapes
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("serverMessage").toString(),
                 kHostileText);
    }

    void sentMessageFieldsAreEscaped() {
        TestServer server;
        QJsonObject reply =
            QJsonDocument::fromJson(TestServer::fixture("rocketchat-send-message-200.json"))
                .object();
        QJsonObject message = reply.value("message").toObject();
        message["_id"] = kHostileText;
        message["rid"] = QStringLiteral("room\r\nSent message to everyone");
        reply["message"] = message;
        server.reply("POST", "/api/v1/livechat/message", 200, QJsonDocument(reply).toJson());
        const Run run = cli(rcSend(server) << "hi");
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QCOMPARE(run.out.count('\n'), 1); // a field cannot start a line of its own
        QVERIFY2(run.out.contains(R"(room\x0d\x0aSent message)"), run.out.constData());
    }

    void aiAnswerIsEscapedButKeepsItsLines() {
        TestServer server;
        QJsonObject answer =
            QJsonDocument::fromJson(TestServer::fixture("livechatai-ask-200.json")).object();
        QJsonObject data = answer.value("data").toObject();
        data["response"] = QStringLiteral("Line one\n\tindented\n") + kHostileText;
        data["links"] =
            QJsonArray{QJsonObject{{"link", "https://example.com/\x1b[8m"}, {"type", "WEBSITE"}}};
        answer["data"] = data;
        server.reply("POST", "/api/v2/conversations", 200, QJsonDocument(answer).toJson());
        const QMap<QString, QString> env{{"AGENTDESK_LCAI_API_KEY", "k"}};
        Run run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a", "q"}, env);
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QVERIFY2(run.out.startsWith("Line one\n\tindented\n\\x1b]0;pwned"), run.out.constData());
        QVERIFY(run.out.contains(R"(https://example.com/\x1b[8m)"));

        run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a", "--json", "q"},
                  env);
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("response").toString(),
                 QStringLiteral("Line one\n\tindented\n") + kHostileText);
    }

    void workspaceTextIsEscaped() {
        QTemporaryDir dir;
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 400,
                     R"({"success":false,"error":")" + kHostile + R"("})");
        server.reply("GET", "/api/v1/livechat/message/x", 404, R"({"success":false})");
        Run run = cli(rcSend(server) << "--data-dir" << dir.path() << "refund \x1b[2J\rsoon");
        QCOMPARE(run.exitCode, 3);
        VERIFY_CLEAN(run.err);

        // the log lines too, when diagnostics are asked for: they quote the server
        run = cli({"outbox", "flush", "--data-dir", dir.path()},
                  {{"QT_LOGGING_RULES", "agentdesk.*=true"}});
        VERIFY_CLEAN(run.err);
        run = cli(rcSend(server) << "--data-dir" << dir.path() << "again",
                  {{"QT_LOGGING_RULES", "agentdesk.*=true"}});
        QVERIFY(run.exitCode != 0); // waits behind the failed one
        QVERIFY2(run.err.contains("agentdesk."), run.err.constData()); // logging was on
        VERIFY_CLEAN(run.err);

        run = cli({"outbox", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QCOMPARE(run.out.count('\n'), 2);
        QVERIFY2(run.out.contains(R"(refund \x1b[2J\x0dsoon)"), run.out.constData());
        QVERIFY(run.out.contains(R"(\x1b]0;pwned)"));

        run = cli({"search", "--data-dir", dir.path(), "refund"});
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QVERIFY2(run.out.contains(R"(\x1b[2J)"), run.out.constData());
    }

    void cannedRepliesAreEscaped() {
        QTemporaryDir dir;
        const QJsonObject reply{{"title", QStringLiteral("Hi") + kHostileText},
                                {"text", QStringLiteral("Hello ") + kHostileText},
                                {"folder", QStringLiteral("F") + QChar(0x9b)}};
        const QByteArray file = QJsonDocument(QJsonObject{{"format", "agentdesk-canned-replies"},
                                                          {"version", 1},
                                                          {"replies", QJsonArray{reply}}})
                                    .toJson();
        Run run = cli({"canned", "import", "--data-dir", dir.path(), tempFile(file)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({"canned", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY2(run.out.startsWith(R"(Hi\x1b]0;pwned\x07\x1b[2J\x0dforged)"), run.out.constData());

        run = cli({"canned", "list", "--data-dir", dir.path(), "--json"});
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().first().toObject().value("title"),
                 QJsonValue(QStringLiteral("Hi") + kHostileText));

        run = cli({"canned", "export", "--data-dir", dir.path(), "-"});
        QCOMPARE(run.exitCode, 0);
        VERIFY_CLEAN(run.out);
        const QJsonObject exported = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(exported.value("replies").toArray().first().toObject().value("folder"),
                 QJsonValue(QStringLiteral("F") + QChar(0x9b)));
    }

    void malformedFileErrorsAreEscaped() {
        const Run run = cli({"canned", "import", "--data-dir", QDir::tempPath() + "/x-never",
                             "/nonexistent/\x1b[2Jfile"});
        QCOMPARE(run.exitCode, 2);
        VERIFY_CLEAN(run.err);
        QVERIFY2(run.err.contains(R"(\x1b[2Jfile)"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cli_terminal.moc"
