#include "DeskFixture.h"

#include <QImage>
#include <QProcess>
#include <QTest>

using namespace agentdesk;

//! `agentdesk --data-dir DIR --screenshot FILE.png` renders the real window of a seeded workspace
//! and exits 0. Set DESK_SCREENSHOT_DIR to keep the pictures (light and dark) for the README.
class TestScreenshot : public QObject {
    Q_OBJECT

    static void seed(DeskFixture& desk) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto message = [&](qint64 conversation, Direction direction, const QString& author,
                                 const QString& text, int minutesAgo,
                                 DeliveryState state = DeliveryState::None,
                                 TextFormat format = TextFormat::Plain) {
            Message m;
            m.conversationId = conversation;
            m.direction = direction;
            m.author = author;
            m.text = text;
            m.format = format;
            m.createdAt = now.addSecs(-60LL * minutesAgo);
            if (direction == Direction::Outgoing) {
                m.clientId = QStringLiteral("c-%1-%2").arg(conversation).arg(minutesAgo);
                m.state = DeliveryState::Queued;
            } else {
                m.remoteId = QStringLiteral("r-%1-%2").arg(conversation).arg(minutesAgo);
            }
            auto stored = desk.history.addMessage(m);
            QVERIFY(stored);
            if (state != DeliveryState::None && state != DeliveryState::Queued) {
                stored->state = state;
                stored->sentAt = m.createdAt.addSecs(2);
                if (state == DeliveryState::Failed)
                    stored->lastError = QStringLiteral("The visitor closed the chat (room-closed)");
                QVERIFY(desk.history.updateMessage(*stored));
            }
        };
        const auto maria = desk.addConversation(1, QStringLiteral("Maria Gonzalez"));
        const auto tom = desk.addConversation(2, QStringLiteral("Tom Becker"));
        const auto li = desk.addConversation(3, QStringLiteral("Li Wei"), Backend::SocialBoards);
        const auto sam = desk.addConversation(4, QStringLiteral("Sam O'Neil"), Backend::LiveChatAI);
        message(sam.id, Direction::Incoming, "Sam O'Neil", "Do you ship to Ireland?", 1500);
        message(li.id, Direction::Incoming, "Li Wei", "Thanks, that worked!", 190);
        message(li.id, Direction::Outgoing, "Kim", "Glad to hear it. Anything else?", 185,
                DeliveryState::Sent);
        message(tom.id, Direction::Incoming, "Tom Becker", "My invoice shows the wrong address",
                50);
        message(tom.id, Direction::Outgoing, "Kim",
                "I have corrected it, a new invoice is on its way.", 40, DeliveryState::Failed);
        message(maria.id, Direction::Incoming, "Maria Gonzalez",
                "Hi! I ordered a standing desk last week (order 48213) and it still says "
                "\"processing\". Can you tell me when it will ship?",
                14);
        message(maria.id, Direction::Outgoing, "Kim",
                "Hello Maria, thanks for waiting. Let me check that order for you.", 12,
                DeliveryState::Sent);
        message(maria.id, Direction::Ai, "LiveChatAI",
                "Orders with **custom sizes** ship within *10 business days*. See "
                "[shipping times](https://example.org/shipping).",
                11, DeliveryState::None, TextFormat::Markdown);
        message(maria.id, Direction::Outgoing, "Kim",
                "Your desk is being built to your custom size, so it ships within 10 business "
                "days: by Friday the 14th at the latest. Tracking: https://example.org/t/48213",
                9, DeliveryState::Sent);
        message(maria.id, Direction::Incoming, "Maria Gonzalez", "Perfect, thank you so much!", 2);
        message(maria.id, Direction::Outgoing, "Kim", "You're welcome! Have a great day.", 0,
                DeliveryState::Queued);
        QVERIFY(desk.history.markRead(li.id));
        QVERIFY(desk.history.markRead(tom.id));
    }

    static QImage shoot(const QString& dataDir, const QString& file, const QString& palette) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir + QStringLiteral("/config"));
        env.insert(QStringLiteral("AGENTDESK_PALETTE"), palette);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AGENTDESK_BINARY), {QStringLiteral("--data-dir"), dataDir,
                                                         QStringLiteral("--screenshot"), file});
        if (!process.waitForFinished(30000))
            return {};
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("agentdesk failed: %s", process.readAllStandardError().constData());
            return {};
        }
        return QImage(file);
    }

private slots:
    void rendersTheSeededWindowToAPng_data() {
        QTest::addColumn<QString>("palette");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void rendersTheSeededWindowToAPng() {
        QFETCH(QString, palette);
        DeskFixture desk; // stays open meanwhile: SQLite (WAL) lets the desk read it too
        seed(desk);
        const QString dataDir = desk.dataDir();
        const QString out = qEnvironmentVariable("DESK_SCREENSHOT_DIR", dataDir);
        const QString file = out + QStringLiteral("/desk-%1.png").arg(palette);
        QFile::remove(file);
        const QImage image = shoot(dataDir, file, palette);
        QVERIFY2(!image.isNull(), "no PNG written");
        QCOMPARE(image.size(), QSize(1180, 760));
        // Not blank: a rendered window has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
