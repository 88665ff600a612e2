#include "ui/conversations/ConversationFilterModel.h"
#include "ui/conversations/ConversationListModel.h"
#include "ui/conversations/ConversationListPane.h"
#include "DeskFixture.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestConversationListModel : public QObject {
    Q_OBJECT

    static QStringList names(const QAbstractItemModel& model) {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(ConversationListModel::VisitorNameRole).toString();
        return out;
    }

private slots:
    void followsTheHistoryMostRecentFirst() {
        DeskFixture desk;
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto ada = desk.addConversation(1, QStringLiteral("Ada"));
        desk.addMessages(ada.id, 2, base);
        ConversationListModel model(&desk.history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), QStringList{QStringLiteral("Ada")});

        const auto bo = desk.addConversation(2, QStringLiteral("Bo"));
        desk.addMessages(bo.id, 2, base.addSecs(3600));
        const auto cy = desk.addConversation(3, QStringLiteral("Cy"));
        desk.addMessages(cy.id, 2, base.addSecs(1800));
        QCOMPARE(names(model), (QStringList{"Bo", "Cy", "Ada"}));

        // A visitor writes: the conversation moves to the top with its preview and unread.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        desk.addIncoming(ada.id, QStringLiteral("anyone there?"));
        QCOMPARE(names(model), (QStringList{"Ada", "Bo", "Cy"}));
        QVERIFY(moved.size() >= 1);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("anyone there?"));
        QVERIFY(model.index(0).data(ConversationListModel::UnreadRole).toInt() > 0);
        QVERIFY(desk.history.markRead(ada.id));
        QCOMPARE(model.index(0).data(ConversationListModel::UnreadRole).toInt(), 0);

        // A failed reply flags its conversation; discarding it clears the flag.
        const auto reply = desk.outbox->queueMessage(cy.id, QStringLiteral("hello"));
        QVERIFY(reply);
        Message failed = *reply;
        failed.state = DeliveryState::Failed;
        failed.lastError = QStringLiteral("room-closed");
        QVERIFY(desk.history.updateMessage(failed));
        const int cyRow = model.rowOf(cy.id);
        QVERIFY(model.index(cyRow).data(ConversationListModel::StuckRole).toBool());
        QVERIFY(model.index(cyRow)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("failed")));
        QVERIFY(desk.history.removeMessage(failed.id));
        QVERIFY(!model.index(model.rowOf(cy.id)).data(ConversationListModel::StuckRole).toBool());

        // Removing the account removes its conversations.
        QVERIFY(desk.history.removeAccount(desk.account.id));
        QCOMPARE(model.rowCount(), 0);
    }

    void stuckFlagIsKnownAtStart() {
        DeskFixture desk;
        const auto ada = desk.addConversation(1, QStringLiteral("Ada"));
        const auto reply = desk.outbox->queueMessage(ada.id, QStringLiteral("hello"));
        QVERIFY(reply);
        Message failed = *reply;
        failed.state = DeliveryState::Failed;
        QVERIFY(desk.history.updateMessage(failed));
        ConversationListModel model(&desk.history);
        QVERIFY(model.index(0).data(ConversationListModel::StuckRole).toBool());
    }

    void filtersByTextBackendAndStatus() {
        DeskFixture desk;
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto ada = desk.addConversation(1, QStringLiteral("Ada Lovelace"));
        desk.addMessages(ada.id, 1, base, QStringLiteral("invoice "));
        auto bo = desk.addConversation(2, QStringLiteral("Bo"), Backend::SocialBoards);
        desk.addMessages(bo.id, 1, base.addSecs(60), QStringLiteral("shipping "));
        ConversationListModel model(&desk.history);
        ConversationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("love"));
        QCOMPARE(names(filter), QStringList{QStringLiteral("Ada Lovelace")});
        filter.setText(QStringLiteral("SHIPPING")); // the preview counts too, any case
        QCOMPARE(names(filter), QStringList{QStringLiteral("Bo")});
        filter.setText({});
        filter.setBackend(Backend::RocketChat);
        QCOMPARE(names(filter), QStringList{QStringLiteral("Ada Lovelace")});
        filter.setBackend(std::nullopt);
        bo = *desk.history.conversation(bo.id);
        bo.open = false;
        QVERIFY(desk.history.updateConversation(bo));
        filter.setStatus(ConversationFilterModel::Status::Open);
        QCOMPARE(names(filter), QStringList{QStringLiteral("Ada Lovelace")});
        filter.setStatus(ConversationFilterModel::Status::Closed);
        QCOMPARE(names(filter), QStringList{QStringLiteral("Bo")});
        // The filter follows changes: Bo reopens and shows up under Open.
        filter.setStatus(ConversationFilterModel::Status::Open);
        bo.open = true;
        QVERIFY(desk.history.updateConversation(bo));
        QCOMPARE(filter.rowCount(), 2);
    }

    //! Seven conversations with activity an hour apart (newest: "C6") and one without any.
    static QList<Conversation> addEight(DeskFixture& desk) {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
        QList<Conversation> added;
        for (int n = 0; n < 7; ++n) {
            added << desk.addConversation(n, QStringLiteral("C%1").arg(n));
            desk.addMessages(added.last().id, 1, base.addSecs(3600 * n));
        }
        added << desk.addConversation(7, QStringLiteral("Nobody")); // no activity: the end
        return added;
    }

    void opensWithTheFirstPageAndPagesInByKey() {
        DeskFixture desk;
        const QList<Conversation> all = addEight(desk);
        ConversationListModel model(&desk.history);
        QCOMPARE(model.rowCount(), 8); // a small workspace is complete at once
        QVERIFY(!model.canFetchMore({}));

        model.setPageSize(3);
        model.reload();
        QCOMPARE(names(model), (QStringList{"C6", "C5", "C4"}));
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isComplete());
        model.fetchMore({});
        QCOMPARE(names(model), (QStringList{"C6", "C5", "C4", "C3", "C2", "C1"}));

        // A conversation not loaded yet gets a message: it comes in at the top.
        desk.addIncoming(all.at(0).id, QStringLiteral("hello again"));
        QCOMPARE(names(model), (QStringList{"C0", "C6", "C5", "C4", "C3", "C2", "C1"}));
        QCOMPARE(model.rowOf(all.at(7).id), -1);
        // Opening one further down loads the list down to it.
        QCOMPARE(model.loadUntil(all.at(7).id), 7);
        QCOMPARE(names(model), (QStringList{"C0", "C6", "C5", "C4", "C3", "C2", "C1", "Nobody"}));
        model.fetchMore({}); // finds nothing more
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isComplete());
        QCOMPARE(model.loadUntil(999999), -1);
    }

    void openingOneFurtherDownLoadsTheListDownToItOnly() {
        DeskFixture desk;
        const QList<Conversation> all = addEight(desk);
        ConversationListModel model(&desk.history);
        model.setPageSize(2);
        model.reload();
        QCOMPARE(model.loadUntil(all.at(3).id), 3);
        QCOMPARE(names(model), (QStringList{"C6", "C5", "C4", "C3"}));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(names(model), (QStringList{"C6", "C5", "C4", "C3", "C2", "C1"}));
    }

    //! Selecting a row can page more in (the view fetches when its last row comes into sight)
    //! before the pane hears of the new current row: the list must not fall back to the old one.
    void selectingPastTheLoadedRowsKeepsTheListAndThePaneTogether() {
        DeskFixture desk;
        QList<Conversation> all = addEight(desk);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-3);
        for (int n = 8; n < 40; ++n) {
            all << desk.addConversation(n, QStringLiteral("D%1").arg(n));
            desk.addMessages(all.last().id, 1, base.addSecs(60 * n));
        }
        ConversationListModel model(&desk.history);
        model.setPageSize(4);
        model.reload();
        ConversationListPane pane(&model);
        pane.resize(300, 360);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto shown = [&pane] {
            return pane.listView()
                ->currentIndex()
                .data(ConversationListModel::ConversationIdRole)
                .toLongLong();
        };
        for (const int n : {20, 6, 35, 12, 6}) {
            QVERIFY(pane.selectConversation(all.at(n).id));
            QCoreApplication::processEvents();
            QCOMPARE(pane.currentConversationId(), all.at(n).id);
            QCOMPARE(shown(), all.at(n).id);
        }
    }

    void changesBeyondTheLoadedPagesWaitForTheirPage() {
        DeskFixture desk;
        const QList<Conversation> all = addEight(desk);
        ConversationListModel model(&desk.history);
        model.setPageSize(3);
        model.reload();
        QCOMPARE(names(model), (QStringList{"C6", "C5", "C4"}));
        // A conversation below the loaded page changes (here: renamed) and stays below: it
        // is not shown out of order; its page brings it, changed.
        Conversation c1 = *desk.history.conversation(all.at(1).id);
        c1.visitorName = QStringLiteral("C1 renamed");
        QVERIFY(desk.history.updateConversation(c1));
        QCOMPARE(names(model), (QStringList{"C6", "C5", "C4"}));
        // A loaded one whose activity moves below the loaded pages leaves until its page comes.
        Conversation c5 = *desk.history.conversation(all.at(5).id);
        c5.lastActivity = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(desk.history.updateConversation(c5));
        QCOMPARE(names(model), (QStringList{"C6", "C4"}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(names(model),
                 (QStringList{"C6", "C4", "C3", "C2", "C1 renamed", "C0", "C5", "Nobody"}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.conversationAt(row).id), row);
    }

    void passesTheModelTesterWhilePaging() {
        DeskFixture desk;
        const QList<Conversation> all = addEight(desk);
        ConversationListModel model(&desk.history);
        model.setPageSize(2);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        desk.addIncoming(all.at(3).id, QStringLiteral("news"));
        QCOMPARE(model.index(0).data(ConversationListModel::VisitorNameRole).toString(),
                 QStringLiteral("C3"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(names(model), (QStringList{"C3", "C6", "C5", "C4", "C2", "C1", "C0", "Nobody"}));
        QVERIFY(desk.history.removeAccount(desk.account.id));
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersLookAtConversationsNotLoadedYet() {
        DeskFixture desk;
        addEight(desk);
        ConversationListModel model(&desk.history);
        model.setPageSize(2);
        model.reload();
        ConversationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setText(QStringLiteral("nobody"));
        QCOMPARE(names(filter), QStringList{QStringLiteral("Nobody")});
        filter.setText({});
        QCOMPARE(filter.rowCount(), 8);
    }

    void keyboardMovesReachConversationsNotLoadedYet() {
        DeskFixture desk;
        const QList<Conversation> all = addEight(desk);
        for (const Conversation& c : all)
            QVERIFY(desk.history.markRead(c.id));
        {
            // "Next conversation" walks past the loaded page to the very end.
            ConversationListModel model(&desk.history);
            model.setPageSize(3);
            model.reload();
            ConversationListPane pane(&model);
            for (int n = 0; n < 10; ++n)
                pane.moveBy(1);
            QCOMPARE(pane.currentConversationId(), all.at(7).id);
            QVERIFY(!pane.moveBy(1));
        }
        {
            // "Next unread" finds one below the loaded page, then wraps around to none.
            ConversationListModel model(&desk.history);
            model.setPageSize(3);
            model.reload();
            ConversationListPane pane(&model);
            QVERIFY(pane.moveBy(1));
            QCOMPARE(pane.currentConversationId(), all.at(6).id);
            Conversation c1 = *desk.history.conversation(all.at(1).id);
            c1.unreadCount = 2;
            QVERIFY(desk.history.updateConversation(c1));
            QCOMPARE(model.rowOf(c1.id), -1);
            QVERIFY(pane.selectNextUnread());
            QCOMPARE(pane.currentConversationId(), c1.id);
            QVERIFY(desk.history.markRead(c1.id));
            QVERIFY(!pane.selectNextUnread());
        }
        {
            // Selecting one by id (search results, the quick switcher) loads it first.
            ConversationListModel model(&desk.history);
            model.setPageSize(3);
            model.reload();
            ConversationListPane pane(&model);
            QCOMPARE(model.rowOf(all.at(0).id), -1);
            QVERIFY(pane.selectConversation(all.at(0).id));
            QCOMPARE(pane.currentConversationId(), all.at(0).id);
        }
    }
};

QTEST_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
