#include "ui/canned/CannedEditor.h"

#include "accounts/Credentials.h"
#include "backends/rocketchat/CannedServerSync.h"
#include "canned/CannedFile.h"
#include "canned/CannedLibrary.h"
#include "canned/CannedTemplate.h"
#include "desk/Desk.h"
#include "store/History.h"
#include "ui/canned/CannedDelegate.h"
#include "ui/canned/CannedListModel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

namespace {

PlaceholderValues sampleValues() {
    PlaceholderValues values;
    values.visitorName = CannedEditor::tr("Ana Souza");
    values.visitorEmail = QStringLiteral("ana.souza@example.org");
    values.agentName = CannedEditor::tr("you");
    values.conversationId = QStringLiteral("GENERAL-1042");
    values.now = QDateTime::currentDateTime();
    values.locale = QLocale();
    return values;
}

// A shortcut must not take a key the agent types: it needs Ctrl, Alt or Meta, or an F key.
bool typable(const QKeyCombination& combination) {
    const Qt::KeyboardModifiers mods = combination.keyboardModifiers();
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const Qt::Key key = combination.key();
    return !(key >= Qt::Key_F1 && key <= Qt::Key_F35);
}

} // namespace

CannedEditor::CannedEditor(agentdesk::Desk& desk, DeskShortcuts deskShortcuts, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_deskShortcuts(std::move(deskShortcuts))
    , m_model(new CannedListModel(this))
    , m_list(new QListView(this))
    , m_title(new QLineEdit(this))
    , m_trigger(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_shortcut(new QKeySequenceEdit(this))
    , m_clearShortcut(new QToolButton(this))
    , m_sendNow(new QCheckBox(tr("Its shortcut &sends at once (no chance to edit)"), this))
    , m_text(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_message(new QLabel(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_sync(new QPushButton(tr("S&ync from Server"), this))
    , m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("cannedEditor"));
    setWindowTitle(tr("Canned Replies"));
    resize(900, 560);

    m_list->setObjectName(QStringLiteral("cannedList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CannedDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide to the width
    m_list->setAccessibleName(tr("Canned replies"));
    m_title->setAccessibleName(tr("Title"));
    m_trigger->setAccessibleName(tr("Trigger word"));
    m_trigger->setPlaceholderText(tr("one word, typed after /"));
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setPlaceholderText(tr("optional"));
    m_scope->setAccessibleName(tr("Available for"));
    m_shortcut->setAccessibleName(tr("Keyboard shortcut"));
    m_clearShortcut->setText(tr("Clear"));
    m_clearShortcut->setAccessibleName(tr("Clear the shortcut"));
    m_text->setAccessibleName(tr("Reply text"));
    m_text->setPlaceholderText(
        tr("Hi {visitor.name}, … — a line with --- starts the next message"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("cannedMessage"));

    auto* placeholders = new QLabel(
        tr("Placeholders: %1").arg(CannedTemplate::knownPlaceholders().join(QStringLiteral(" "))),
        this);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* shortcutRow = new QHBoxLayout;
    shortcutRow->addWidget(m_shortcut, 1);
    shortcutRow->addWidget(m_clearShortcut);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&rigger word:"), m_trigger);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Available for:"), m_scope);
    // addRow(text, layout) gives the label no buddy, so its mnemonic would show as "&"
    auto* shortcutLabel = new QLabel(tr("&Shortcut:"), this);
    shortcutLabel->setBuddy(m_shortcut);
    form->addRow(shortcutLabel, shortcutRow);
    form->addRow(QString(), m_sendNow);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_text, 2);
    rightLayout->addWidget(placeholders);
    rightLayout->addWidget(new QLabel(tr("Preview with sample values:"), this));
    rightLayout->addWidget(m_preview, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);
    auto* moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    leftLayout->addLayout(moveButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);

    auto* importButton = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(m_sync);
    bottom->addStretch(1);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    m_new->setShortcut(QKeySequence::New);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto* deleteKey =
        new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &CannedEditor::deleteCurrent);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &CannedEditor::saveNow);
    for (QLineEdit* edit : {m_title, m_trigger, m_folder}) {
        connect(edit, &QLineEdit::textEdited, this, &CannedEditor::scheduleSave);
        connect(edit, &QLineEdit::editingFinished, this, &CannedEditor::saveNow);
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        scheduleSave();
    });
    connect(m_sendNow, &QCheckBox::toggled, this, &CannedEditor::saveNow);
    connect(m_scope, &QComboBox::activated, this, &CannedEditor::saveNow);
    connect(m_shortcut, &QKeySequenceEdit::editingFinished, this,
            [this] { setShortcut(m_shortcut->keySequence()); });
    connect(m_clearShortcut, &QToolButton::clicked, this, [this] { setShortcut({}); });
    connect(m_new, &QPushButton::clicked, this, &CannedEditor::addNew);
    connect(m_duplicate, &QPushButton::clicked, this, &CannedEditor::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CannedEditor::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(importButton, &QPushButton::clicked, this, &CannedEditor::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &CannedEditor::chooseExport);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_desk.canned(), &CannedLibrary::changed, this, &CannedEditor::reload);

    // Sync from server: one entry per Rocket.Chat account.
    auto* syncMenu = new QMenu(m_sync);
    for (const Account& account : m_desk.history()->accounts()) {
        if (account.backend != Backend::RocketChat)
            continue;
        syncMenu->addAction(account.displayName.isEmpty() ? account.serverUrl.toDisplayString()
                                                          : account.displayName,
                            this, [this, id = account.id] { syncFromServer(id); });
    }
    if (syncMenu->isEmpty() || !m_desk.transport() || !m_desk.secrets()) {
        m_sync->setEnabled(false);
        m_sync->setToolTip(tr("Needs a Rocket.Chat account."));
    } else {
        m_sync->setMenu(syncMenu);
    }

    fillScopes();
    reload();
    if (m_model->rowCount() > 0)
        select(m_model->replyAt(0).id);
    else
        showReply(0);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                saveNow();
                showReply(current.isValid() ? m_model->replyAt(current.row()).id : 0);
            });
}

CannedEditor::~CannedEditor() = default;

void CannedEditor::closeEvent(QCloseEvent* event) {
    saveNow();
    QDialog::closeEvent(event);
}

void CannedEditor::fillScopes() {
    m_scope->clear();
    m_scope->addItem(tr("Every account (personal)"), qint64(0));
    for (const Account& account : m_desk.history()->accounts()) {
        m_scope->addItem(tr("Only %1").arg(account.displayName.isEmpty()
                                               ? account.serverUrl.toDisplayString()
                                               : account.displayName),
                         account.id);
    }
}

void CannedEditor::reload() {
    m_model->setReplies(m_desk.canned()->replies());
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    } else if (m_currentId != 0) {
        showReply(0);
    }
    updateButtons();
}

void CannedEditor::select(qint64 replyId) {
    const int row = m_model->rowOf(replyId);
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
    showReply(replyId);
}

void CannedEditor::showReply(qint64 id) {
    m_saveTimer->stop();
    const auto reply = id != 0 ? m_desk.canned()->reply(id) : std::nullopt;
    m_currentId = reply ? reply->id : 0;
    m_loading = true;
    m_title->setText(reply ? reply->title : QString());
    m_trigger->setText(reply ? reply->trigger : QString());
    m_folder->setText(reply ? reply->folder : QString());
    const int scopeIndex = m_scope->findData(reply ? reply->accountId : qint64(0));
    m_scope->setCurrentIndex(std::max(0, scopeIndex));
    m_acceptedShortcut = reply
                             ? QKeySequence::fromString(reply->shortcut, QKeySequence::PortableText)
                             : QKeySequence();
    m_shortcut->setKeySequence(m_acceptedShortcut);
    m_sendNow->setChecked(reply && reply->sendImmediately);
    m_text->setPlainText(reply ? reply->text : QString());
    m_loading = false;
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_title, m_trigger, m_folder, m_scope, m_shortcut, m_clearShortcut, m_sendNow, m_text})
        field->setEnabled(reply.has_value());
    updatePreview();
    updateButtons();
}

void CannedEditor::updateButtons() {
    const int row = m_model->rowOf(m_currentId);
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void CannedEditor::scheduleSave() {
    if (!m_loading && m_currentId != 0)
        m_saveTimer->start();
}

void CannedEditor::saveNow() {
    m_saveTimer->stop();
    if (m_loading || m_currentId == 0)
        return;
    const auto stored = m_desk.canned()->reply(m_currentId);
    if (!stored)
        return;
    CannedReply reply = *stored;
    reply.title = m_title->text();
    reply.trigger = m_trigger->text();
    reply.folder = m_folder->text();
    reply.accountId = m_scope->currentData().toLongLong();
    reply.sendImmediately = m_sendNow->isChecked();
    reply.text = m_text->toPlainText();
    if (reply.title.trimmed() == stored->title && reply.trigger.trimmed() == stored->trigger &&
        reply.folder.trimmed() == stored->folder && reply.accountId == stored->accountId &&
        reply.sendImmediately == stored->sendImmediately && reply.text == stored->text)
        return;
    if (!m_desk.canned()->update(reply)) {
        showMessage(tr("Not saved: %1").arg(m_desk.canned()->lastError()), true);
        return;
    }
    m_message->clear();
}

QString CannedEditor::shortcutConflict(const QKeySequence& sequence) const {
    if (sequence.isEmpty())
        return {};
    const QString portable = sequence.toString(QKeySequence::PortableText);
    const QString native = sequence.toString(QKeySequence::NativeText);
    if (typable(sequence[0]))
        return tr("%1 would replace typing: use Ctrl, Alt or an F key.").arg(native);
    if (m_deskShortcuts) {
        const QHash<QString, QString> desk = m_deskShortcuts();
        if (desk.contains(portable))
            return tr("%1 is already used by the desk for “%2”.").arg(native, desk.value(portable));
    }
    if (const auto owner = m_desk.canned()->replyWithShortcut(portable);
        owner && owner->id != m_currentId)
        return tr("%1 is already the shortcut of the canned reply “%2”.").arg(native, owner->title);
    return {};
}

bool CannedEditor::setShortcut(const QKeySequence& captured) {
    if (m_loading || m_currentId == 0)
        return false;
    // One key combination: the first of what was typed.
    const QKeySequence sequence = captured.isEmpty() ? QKeySequence() : QKeySequence(captured[0]);
    if (const QString conflict = shortcutConflict(sequence); !conflict.isEmpty()) {
        showMessage(conflict, true);
        m_shortcut->setKeySequence(m_acceptedShortcut);
        return false;
    }
    auto reply = m_desk.canned()->reply(m_currentId);
    if (!reply)
        return false;
    reply->shortcut = sequence.toString(QKeySequence::PortableText);
    if (!m_desk.canned()->update(*reply)) {
        showMessage(tr("Not saved: %1").arg(m_desk.canned()->lastError()), true);
        m_shortcut->setKeySequence(m_acceptedShortcut);
        return false;
    }
    m_acceptedShortcut = sequence;
    m_shortcut->setKeySequence(sequence);
    showMessage(sequence.isEmpty()
                    ? tr("“%1” has no shortcut now.").arg(reply->title)
                    : tr("%1 now inserts “%2”.")
                          .arg(sequence.toString(QKeySequence::NativeText), reply->title),
                false);
    return true;
}

void CannedEditor::updatePreview() {
    if (m_currentId == 0) {
        m_preview->setPlainText(m_model->rowCount() == 0
                                    ? tr("No canned replies yet. Press New to write one.")
                                    : QString());
        return;
    }
    const FilledReply filled = CannedTemplate::fill(m_text->toPlainText(), sampleValues());
    QString html = cannedPreviewHtml(filled);
    html += cannedFlagsHtml(filled);
    m_preview->setHtml(html);
}

void CannedEditor::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void CannedEditor::addNew() {
    saveNow();
    CannedReply reply;
    reply.title = tr("New reply");
    reply.text = tr("Hi {visitor.name}, {cursor}");
    const auto added = m_desk.canned()->add(reply);
    if (!added) {
        showMessage(m_desk.canned()->lastError(), true);
        return;
    }
    select(added->id);
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void CannedEditor::duplicateCurrent() {
    saveNow();
    const auto copy = m_desk.canned()->duplicate(m_currentId);
    if (!copy) {
        showMessage(m_desk.canned()->lastError(), true);
        return;
    }
    select(copy->id);
}

void CannedEditor::deleteCurrent() {
    const auto reply = m_desk.canned()->reply(m_currentId);
    if (!reply)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Canned Reply"), tr("Delete “%1” for good?").arg(reply->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_model->rowOf(reply->id);
    m_saveTimer->stop();
    if (!m_desk.canned()->remove(reply->id)) {
        showMessage(m_desk.canned()->lastError(), true);
        return;
    }
    if (m_model->rowCount() > 0)
        select(m_model->replyAt(std::min(row, m_model->rowCount() - 1)).id);
    showMessage(tr("“%1” was deleted.").arg(reply->title), false);
}

void CannedEditor::moveCurrent(int delta) {
    saveNow();
    const int row = m_model->rowOf(m_currentId);
    if (row < 0)
        return;
    if (!m_desk.canned()->move(m_currentId, row + delta))
        showMessage(m_desk.canned()->lastError(), true);
    updateButtons();
    m_list->setFocus(Qt::OtherFocusReason);
}

bool CannedEditor::importFile(const QString& path) {
    saveNow();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Nothing was imported: %1 cannot be read (%2).")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        emit operationFinished(false);
        return false;
    }
    QString error;
    const auto parsed = CannedFile::parse(file.readAll(), m_desk.history()->accounts(), &error);
    if (!parsed) {
        showMessage(
            tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(path), error),
            true);
        emit operationFinished(false);
        return false;
    }
    const auto outcome = m_desk.canned()->importReplies(parsed->entries);
    if (!outcome.ok) {
        showMessage(outcome.error, true);
        emit operationFinished(false);
        return false;
    }
    QString text = tr("Imported %n new reply(s)", nullptr, outcome.added) +
                   tr(", updated %n.", nullptr, outcome.updated);
    const QStringList notes = parsed->notes + outcome.notes;
    if (!notes.isEmpty())
        text += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    showMessage(text, false);
    emit operationFinished(true);
    return true;
}

bool CannedEditor::exportFile(const QString& path) {
    saveNow();
    QSaveFile file(path);
    const QByteArray content =
        CannedFile::write(m_desk.canned()->replies(), m_desk.history()->accounts());
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        showMessage(tr("Not exported: %1 cannot be written (%2).")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        emit operationFinished(false);
        return false;
    }
    showMessage(tr("Exported %n reply(s) to %1.", nullptr, int(m_desk.canned()->replies().size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
    emit operationFinished(true);
    return true;
}

void CannedEditor::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Canned Replies"), QString(),
                                                      tr("Canned replies (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CannedEditor::chooseExport() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Canned Replies"),
                                                      QStringLiteral("canned-replies.json"),
                                                      tr("Canned replies (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void CannedEditor::syncFromServer(qint64 accountId) {
    const auto account = m_desk.history()->account(accountId);
    if (!account || !m_desk.transport() || !m_desk.secrets())
        return;
    saveNow();
    m_sync->setEnabled(false);
    showMessage(tr("Reading the canned responses of %1…").arg(account->displayName), false);
    syncCannedFromServer(
        *m_desk.transport(), *account, m_desk.secrets()->secret(accountId), m_desk.canned(), this,
        [this, name = account->displayName](CannedLibrary::ImportOutcome outcome, ApiError error) {
            m_sync->setEnabled(true);
            if (error.kind() != ApiError::Kind::None) {
                showMessage(tr("Nothing changed: %1 did not give its canned responses: %2")
                                .arg(name, error.message()),
                            true);
                emit operationFinished(false);
                return;
            }
            if (!outcome.ok) {
                showMessage(outcome.error, true);
                emit operationFinished(false);
                return;
            }
            QString text = tr("From %1: %n new", nullptr, outcome.added).arg(name) +
                           tr(", %n updated.", nullptr, outcome.updated);
            if (!outcome.notes.isEmpty())
                text += QLatin1Char(' ') + outcome.notes.join(QLatin1Char(' '));
            showMessage(text, false);
            emit operationFinished(true);
        });
}

} // namespace ui
} // namespace agentdesk
