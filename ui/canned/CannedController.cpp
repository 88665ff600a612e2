#include "ui/canned/CannedController.h"

#include "canned/CannedLibrary.h"
#include "desk/Desk.h"
#include "ui/canned/CannedCompleter.h"
#include "ui/canned/CannedEditor.h"
#include "ui/canned/CannedPalette.h"
#include "ui/conversation/ReplyTarget.h"

#include <QAction>
#include <QDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QShortcut>

namespace agentdesk {
namespace ui {

CannedController::CannedController(QWidget* window, ReplyTarget* target, Desk& desk)
    : QObject(window)
    , m_window(window)
    , m_target(target)
    , m_desk(desk)
    , m_completer(new CannedCompleter(
          target->replyBox(), [this] { return m_desk.canned()->repliesFor(currentAccountId()); },
          this)) {
    connect(m_completer, &CannedCompleter::chosen, this,
            [this](qint64 id) { apply(id, Mode::Insert); });
}

void CannedController::start() {
    connect(m_desk.canned(), &CannedLibrary::changed, this, &CannedController::rebuildShortcuts,
            Qt::UniqueConnection);
    rebuildShortcuts();
}

CannedController::~CannedController() = default;

CannedPalette* CannedController::palette() const {
    return m_palette;
}

CannedEditor* CannedController::editor() const {
    return m_editor;
}

qint64 CannedController::currentAccountId() const {
    return m_desk.cannedUse()->accountOf(m_target->conversationId());
}

namespace {

// Shortcuts of dialogs (the editor, the palette) only act there, not in the window.
bool inDialog(const QObject* object) {
    for (const QObject* o = object->parent(); o; o = o->parent()) {
        if (qobject_cast<const QDialog*>(o))
            return true;
    }
    return false;
}

} // namespace

QHash<QString, QString> CannedController::deskShortcuts() const {
    QHash<QString, QString> used;
    const auto name = [](QString text) { return text.remove(QLatin1Char('&')).remove(u'…'); };
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (inDialog(action))
            continue;
        for (const QKeySequence& sequence : action->shortcuts()) {
            if (!sequence.isEmpty() && !action->text().isEmpty())
                used.insert(sequence.toString(QKeySequence::PortableText), name(action->text()));
        }
    }
    for (QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
        if (!m_shortcuts.contains(shortcut) && !shortcut->key().isEmpty() && !inDialog(shortcut))
            used.insert(shortcut->key().toString(QKeySequence::PortableText),
                        shortcut->whatsThis().isEmpty() ? tr("another window shortcut")
                                                        : shortcut->whatsThis());
    }
    // What the composer itself does with keys.
    const QList<std::pair<QKeySequence::StandardKey, QString>> editing = {
        {QKeySequence::Copy, tr("Copy")},
        {QKeySequence::Cut, tr("Cut")},
        {QKeySequence::Paste, tr("Paste")},
        {QKeySequence::Undo, tr("Undo")},
        {QKeySequence::Redo, tr("Redo")},
        {QKeySequence::SelectAll, tr("Select All")},
        {QKeySequence::MoveToNextWord, tr("Move by word")},
        {QKeySequence::MoveToPreviousWord, tr("Move by word")},
        {QKeySequence::DeleteStartOfWord, tr("Delete word")},
        {QKeySequence::DeleteEndOfWord, tr("Delete word")},
    };
    for (const auto& [key, what] : editing) {
        for (const QKeySequence& sequence : QKeySequence::keyBindings(key))
            used.insert(sequence.toString(QKeySequence::PortableText), what);
    }
    for (const char* key : {"Return", "Enter", "Shift+Return", "Ctrl+Return", "Tab", "Shift+Tab",
                            "Esc", "Backspace", "Del", "Home", "End"}) {
        used.insert(QString::fromLatin1(key), tr("Typing in the reply"));
    }
    return used;
}

void CannedController::rebuildShortcuts() {
    qDeleteAll(m_shortcuts);
    m_shortcuts.clear();
    m_shortcutTitles.clear();
    const QHash<QString, QString> desk = deskShortcuts();
    QStringList conflicts;
    for (const CannedReply& reply : m_desk.canned()->replies()) {
        if (reply.shortcut.isEmpty())
            continue;
        const QKeySequence sequence =
            QKeySequence::fromString(reply.shortcut, QKeySequence::PortableText);
        const QString portable = sequence.toString(QKeySequence::PortableText);
        if (sequence.isEmpty() || portable.isEmpty()) {
            conflicts << tr("“%1” has a shortcut the keyboard cannot type (%2)")
                             .arg(reply.title, reply.shortcut);
            continue;
        }
        if (desk.contains(portable)) {
            conflicts << tr("%1 of “%2” is the desk's %3")
                             .arg(sequence.toString(QKeySequence::NativeText), reply.title,
                                  desk.value(portable));
            continue;
        }
        auto* shortcut = new QShortcut(sequence, m_window);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setObjectName(QStringLiteral("canned-%1").arg(reply.id));
        shortcut->setWhatsThis(tr("Canned reply “%1”").arg(reply.title));
        const qint64 id = reply.id;
        connect(shortcut, &QShortcut::activated, this, [this, id] { apply(id, Mode::Shortcut); });
        m_shortcuts.append(shortcut);
        m_shortcutTitles.append(reply.title);
    }
    const QString report = conflicts.join(QStringLiteral("; "));
    if (!report.isEmpty() && report != m_lastConflictReport)
        emit statusMessage(tr("Some canned reply shortcuts are off: %1. Change them in Canned "
                              "Replies.")
                               .arg(report));
    m_lastConflictReport = report;
}

QStringList CannedController::activeShortcuts() const {
    QStringList list;
    for (const QShortcut* shortcut : m_shortcuts)
        list << shortcut->key().toString(QKeySequence::PortableText);
    return list;
}

QList<std::pair<QString, QKeySequence>> CannedController::shortcutTitles() const {
    QList<std::pair<QString, QKeySequence>> list;
    for (qsizetype i = 0; i < m_shortcuts.size(); ++i)
        list.append({m_shortcutTitles.at(i), m_shortcuts.at(i)->key()});
    return list;
}

PlaceholderValues CannedController::placeholderValues() const {
    return m_desk.cannedUse()->placeholderValues(m_target->conversationId());
}

void CannedController::apply(qint64 replyId, Mode mode) {
    const CannedUse::Outcome outcome =
        m_desk.cannedUse()->use(replyId, m_target->conversationId(), mode);
    switch (outcome.kind) {
    case CannedUse::Outcome::Kind::Sent:
        m_target->showSent();
        break;
    case CannedUse::Outcome::Kind::Insert:
        m_target->insertFilledReply(outcome.filled);
        break;
    case CannedUse::Outcome::Kind::Refused:
        break;
    }
    if (!outcome.message.isEmpty())
        emit statusMessage(outcome.message);
}

void CannedController::showPalette() {
    if (m_palette) {
        m_palette->raise();
        m_palette->activateWindow();
        return;
    }
    if (m_target->conversationId() == 0) {
        emit statusMessage(tr("Open a conversation to insert a canned reply."));
        return;
    }
    m_palette = new CannedPalette(
        m_desk.canned()->repliesFor(currentAccountId()),
        [this](const QString& text) { return CannedTemplate::fill(text, placeholderValues()); },
        m_window);
    m_palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_palette, &CannedPalette::insertRequested, this,
            [this](qint64 id) { apply(id, Mode::Insert); });
    connect(m_palette, &CannedPalette::sendRequested, this,
            [this](qint64 id) { apply(id, Mode::Send); });
    connect(m_palette, &QDialog::finished, this, [this] { m_target->focusReply(); });
    m_palette->open();
    m_palette->filter()->setFocus(Qt::OtherFocusReason);
}

void CannedController::showEditor() {
    if (!m_editor) {
        m_editor = new CannedEditor(
            m_desk, [this] { return deskShortcuts(); }, m_window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

} // namespace ui
} // namespace agentdesk
