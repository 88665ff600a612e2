#include "ConversationFilterModel.h"
#include "ConversationListModel.h"
#include "DeskFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace agentdesk;

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
};

QTEST_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
