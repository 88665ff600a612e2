#include "ui/canned/CannedListModel.h"

#include <QAbstractItemModelTester>
#include <QKeySequence>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

//! The list behind the `/` popup, the palette and the editor, under QAbstractItemModelTester.
class TestCannedListModel : public QObject {
    Q_OBJECT

    static CannedReply reply(qint64 id, const QString& title, const QString& shortcut = {}) {
        CannedReply r;
        r.id = id;
        r.title = title;
        r.text = QStringLiteral("Line one\n  line two of %1").arg(title);
        r.trigger = title.toLower();
        r.shortcut = shortcut;
        r.folder = QStringLiteral("Orders");
        return r;
    }

private slots:
    void rolesAndResetsAreConsistent() {
        CannedListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setReplies({reply(7, QStringLiteral("Greeting"), QStringLiteral("Ctrl+1")),
                          reply(9, QStringLiteral("Closing"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("Greeting"));
        QCOMPARE(first.data(CannedListModel::IdRole).toLongLong(), 7);
        QCOMPARE(first.data(CannedListModel::TriggerRole).toString(), QStringLiteral("greeting"));
        QCOMPARE(first.data(CannedListModel::ShortcutRole).toString(),
                 QKeySequence(QStringLiteral("Ctrl+1")).toString(QKeySequence::NativeText));
        QCOMPARE(first.data(CannedListModel::FolderRole).toString(), QStringLiteral("Orders"));
        // the preview is one line, whatever the text's line breaks
        QCOMPARE(first.data(CannedListModel::PreviewRole).toString(),
                 QStringLiteral("Line one line two of Greeting"));
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().startsWith(u"Greeting, "));
        QVERIFY(model.index(1).data(CannedListModel::ShortcutRole).toString().isEmpty());
        QCOMPARE(model.index(1).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Closing"));
        QCOMPARE(model.rowOf(9), 1);
        QCOMPARE(model.rowOf(42), -1);
        QCOMPARE(model.replyAt(1).title, QStringLiteral("Closing"));
        model.setReplies({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCannedListModel)
#include "tst_cannedlistmodel.moc"
