#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace relm {

/// Translations looked up by their English text alone, read from a Qt Linguist (.ts) file.
/// Installed before the compiled translation, it answers only what that one does not: messages
/// of the core library whose runtime context differs from the one lupdate filed them under (a
/// file-local tr() helper called from a class member). Unfinished and obsolete entries are left
/// out, so an untranslated message stays English.
class SourceTextTranslator final : public QTranslator {
    Q_OBJECT

public:
    explicit SourceTextTranslator(QObject *parent = nullptr);

    /// Reads the finished translations of a .ts file; false when it cannot be read or holds none.
    bool loadTs(const QString &path);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_forms.isEmpty(); }

private:
    static QString key(const QString &source, const QString &disambiguation);
    QHash<QString, QStringList> m_forms; ///< source (and disambiguation) to its singular and plural forms
};

} // namespace relm
