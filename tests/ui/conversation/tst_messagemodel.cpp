#include "DeskFixture.h"
#include "ui/conversation/MessageModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestMessageModel : public QObject {
    Q_OBJECT

    static QDateTime start() { return QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC); }

    static void verifyOrdered(const MessageModel& model) {
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Message& m = model.messageAt(row);
            QVERIFY2(!seen.contains(m.id), "a message is shown twice");
            seen.insert(m.id);
            QCOMPARE(model.rowOf(m.id), row);
            if (row > 0) {
                const Message& prev = model.messageAt(row - 1);
                QVERIFY(prev.createdAt < m.createdAt ||
                        (prev.createdAt == m.createdAt && prev.id < m.id));
            }
        }
    }

private slots:
    void opensAtTheNewestPageAndFetchesOlderByKey() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        desk.addMessages(c.id, 1050, start());
        MessageModel model(&desk.history);
        model.setPageSize(100);
        model.setConversation(c.id);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(99).data(MessageModel::TextRole).toString(),
                 QStringLiteral("message 1049"));
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(),
                 QStringLiteral("message 950"));
        QVERIFY(model.canFetchMore({}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // prepended
        QCOMPARE(inserted.first().at(2).toInt(), 99);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(),
                 QStringLiteral("message 850"));
        int rounds = 0;
        while (model.canFetchMore({}) && rounds++ < 100)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1050);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(),
                 QStringLiteral("message 0"));
        verifyOrdered(model);
        QVERIFY(model.index(0).data(MessageModel::DaySeparatorRole).toBool());
        QVERIFY(!model.index(1).data(MessageModel::DaySeparatorRole).toBool());
    }

    void followsInsertsChangesAndRemovals() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        const auto other = desk.addConversation(2, QStringLiteral("Bo"));
        desk.addMessages(c.id, 30, start());
        MessageModel model(&desk.history);
        model.setPageSize(10);
        model.setConversation(c.id);
        QCOMPARE(model.rowCount(), 10);

        // A reply of ours appears at once (local echo) at the end.
        const auto queued = desk.outbox->queueMessage(c.id, QStringLiteral("On my way"));
        QVERIFY(queued);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(10).data(MessageModel::TextRole).toString(),
                 QStringLiteral("On my way"));
        QCOMPARE(model.index(10).data(MessageModel::StateRole).toInt(), int(DeliveryState::Queued));

        // Another conversation's messages do not show up here.
        desk.addIncoming(other.id, QStringLiteral("elsewhere"));
        QCOMPARE(model.rowCount(), 11);

        // A state change updates the row in place.
        Message failed = *queued;
        failed.state = DeliveryState::Failed;
        failed.lastError = QStringLiteral("The room is closed");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(desk.history.updateMessage(failed));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.index(10).data(MessageModel::StateRole).toInt(), int(DeliveryState::Failed));
        QCOMPARE(model.index(10).data(MessageModel::LastErrorRole).toString(),
                 QStringLiteral("The room is closed"));

        // Removal (discard) takes the row away and keeps the index right.
        QVERIFY(desk.history.removeMessage(queued->id));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowOf(queued->id), -1);
        verifyOrdered(model);

        // Older history still pages in correctly after all that.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 30);
        verifyOrdered(model);
    }

    //! The tester checks every signal and calls fetchMore on its own after each one, so this
    //! asserts invariants and end states, not page counts.
    void passesTheModelTesterWhilePagingAndChanging() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        const auto other = desk.addConversation(2, QStringLiteral("Bo"));
        desk.addMessages(c.id, 640, start());
        desk.addMessages(other.id, 5, start());
        MessageModel model(&desk.history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(64);
        model.setConversation(other.id);
        QCOMPARE(model.rowCount(), 5);
        model.setConversation(c.id);
        QVERIFY(model.rowCount() >= 64);
        const int beforeEcho = model.rowCount();
        const auto queued = desk.outbox->queueMessage(c.id, QStringLiteral("echo"));
        QVERIFY(queued);
        QVERIFY(model.rowCount() > beforeEcho);
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageModel::TextRole).toString(),
                 QStringLiteral("echo"));
        Message failed = *queued;
        failed.state = DeliveryState::Failed;
        failed.lastError = QStringLiteral("room closed");
        QVERIFY(desk.history.updateMessage(failed));
        int rounds = 0;
        while (model.canFetchMore({}) && rounds++ < 100)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 641);
        QVERIFY(desk.history.removeMessage(queued->id));
        QCOMPARE(model.rowCount(), 640);
        verifyOrdered(model);
        model.setConversation(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void loadUntilFindsAnOldMessage() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        const auto messages = desk.addMessages(c.id, 500, start());
        MessageModel model(&desk.history);
        model.setPageSize(50);
        model.setConversation(c.id);
        const int row = model.loadUntil(messages.at(3).id);
        QCOMPARE(row, 3);
        QCOMPARE(model.index(row).data(MessageModel::MessageIdRole).toLongLong(),
                 messages.at(3).id);
        QCOMPARE(model.loadUntil(999999), -1);
    }

    void holdsAWindowAndPagesTheNewestBackIn() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        desk.addMessages(c.id, 200, start());
        MessageModel model(&desk.history);
        model.setPageSize(10);
        model.setWindowPages(3);
        model.setConversation(c.id);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.canFetchNewer());
        // Reading back: never more than three pages, the newest go.
        for (int i = 0; i < 10; ++i)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(model.canFetchNewer());
        QCOMPARE(model.messageAt(0).text, QStringLiteral("message 90"));
        QCOMPARE(model.messageAt(29).text, QStringLiteral("message 119"));
        verifyOrdered(model);
        // A message arriving meanwhile waits below the window.
        const Message late = desk.addIncoming(c.id, QStringLiteral("still there?"));
        QCOMPARE(model.rowOf(late.id), -1);
        QCOMPARE(model.rowCount(), 30);
        // Scrolling down again: the newer pages come back and the oldest go.
        int rounds = 0;
        while (model.canFetchNewer() && rounds++ < 100)
            model.fetchNewer();
        QVERIFY(!model.canFetchNewer());
        QVERIFY(model.canFetchMore({}));
        QVERIFY(model.rowCount() <= 30);
        QCOMPARE(model.messageAt(model.rowCount() - 1).id, late.id);
        QCOMPARE(model.messageAt(model.rowCount() - 2).text, QStringLiteral("message 199"));
        verifyOrdered(model);
        QVERIFY(!model.index(1).data(MessageModel::DaySeparatorRole).toBool());
        QVERIFY(model.index(0).data(MessageModel::DaySeparatorRole).toBool());
    }

    void showNewestJumpsBackFromFarUp() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        desk.addMessages(c.id, 100, start());
        MessageModel model(&desk.history);
        model.setPageSize(10);
        model.setWindowPages(2);
        model.setConversation(c.id);
        for (int i = 0; i < 5; ++i)
            model.fetchMore({});
        QVERIFY(model.canFetchNewer());
        // Our own reply while reading far back is not slotted in above the gap...
        const auto reply = desk.outbox->queueMessage(c.id, QStringLiteral("On my way"));
        QVERIFY(reply);
        QCOMPARE(model.rowOf(reply->id), -1);
        // ...the view jumps to the newest page, where it is.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.showNewest();
        QCOMPARE(reset.size(), 1);
        QVERIFY(!model.canFetchNewer());
        QCOMPARE(model.rowOf(reply->id), model.rowCount() - 1);
        model.showNewest(); // already there: nothing happens
        QCOMPARE(reset.size(), 1);
    }

    void loadUntilMovesTheWindowToAFarMessage() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        const auto messages = desk.addMessages(c.id, 5000, start());
        MessageModel model(&desk.history);
        model.setPageSize(20);
        model.setConversation(c.id);
        const int row = model.loadUntil(messages.at(1234).id);
        QVERIFY(row >= 0);
        QCOMPARE(model.messageAt(row).id, messages.at(1234).id);
        QVERIFY(model.rowCount() <= 21);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(model.canFetchNewer());
        verifyOrdered(model);
        model.fetchNewer();
        model.fetchMore({});
        verifyOrdered(model);
        QCOMPARE(model.rowOf(messages.at(1234).id) >= 0, true);
        // Another conversation's message is not shown here.
        const auto other = desk.addConversation(2, QStringLiteral("Bo"));
        const auto elsewhere = desk.addMessages(other.id, 1, start());
        QCOMPARE(model.loadUntil(elsewhere.first().id), -1);
    }

    //! The tester pages older history in by itself after every change, so this slides the
    //! window both ways under it and checks what must always hold.
    void passesTheModelTesterWhileTheWindowSlides() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        desk.addMessages(c.id, 300, start());
        MessageModel model(&desk.history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(16);
        model.setWindowPages(3);
        model.setConversation(c.id);
        int rounds = 0;
        while (model.canFetchMore({}) && rounds++ < 100)
            model.fetchMore({});
        QCOMPARE(model.messageAt(0).text, QStringLiteral("message 0"));
        QCOMPARE(model.rowCount(), 48);
        QVERIFY(model.canFetchNewer());
        for (int i = 0; i < 5; ++i) {
            model.fetchNewer();
            QVERIFY(model.rowCount() <= 48);
            verifyOrdered(model);
        }
        const auto queued = desk.outbox->queueMessage(c.id, QStringLiteral("echo"));
        QVERIFY(queued);
        model.showNewest();
        QCOMPARE(model.rowOf(queued->id), model.rowCount() - 1);
        verifyOrdered(model);
    }

    void aHundredThousandMessagesOpenInstantly() {
        DeskFixture desk;
        const auto c = desk.addConversation(1, QStringLiteral("Ada"));
        QList<Message> batch;
        for (int chunk = 0; chunk < 10; ++chunk)
            QCOMPARE(desk.addMessages(c.id, 10'000, start().addSecs(chunk * 600'000LL),
                                      QStringLiteral("c%1-").arg(chunk))
                         .size(),
                     10'000);
        QCOMPARE(desk.history.messageCount(c.id), 100'000);

        MessageModel model(&desk.history);
        QElapsedTimer timer;
        timer.start();
        model.setConversation(c.id);
        const qint64 openMs = timer.elapsed();
        QCOMPARE(model.rowCount(), model.pageSize());
        // Paging by key costs the same at the top of the history as at the bottom.
        timer.restart();
        for (int i = 0; i < 20; ++i)
            model.fetchMore({});
        const qint64 pagesMs = timer.elapsed();
        QCOMPARE(model.rowCount(), 21 * model.pageSize());
        verifyOrdered(model);
        qInfo("open %lld ms, 20 pages %lld ms", openMs, pagesMs);
        // Generous bounds: a regression to OFFSET or to loading everything takes seconds.
        QVERIFY2(openMs < 1500, qPrintable(QString::number(openMs)));
        QVERIFY2(pagesMs < 5000, qPrintable(QString::number(pagesMs)));
    }
};

QTEST_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
