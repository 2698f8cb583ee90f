#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

enum Column { FieldColumn, BaseColumn, TheirsColumn, MineColumn, WhoColumn, ColumnCount };

QString oneValueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ConflictDialog::tr("\u2014");
    case QJsonValue::Bool:
        return value.toBool() ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(oneValueText(item));
        return items.isEmpty() ? ConflictDialog::tr("\u2014") : items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString whoChanged(const ConflictField &field, const QString &author) {
    if (field.contested())
        return ConflictDialog::tr("Both changed it");
    if (field.mineChanged() && field.theirsChanged())
        return ConflictDialog::tr("Both made the same change");
    if (field.mineChanged())
        return ConflictDialog::tr("You changed it");
    return author.isEmpty() ? ConflictDialog::tr("They changed it") : ConflictDialog::tr("%1 changed it").arg(author);
}

QTableWidgetItem *readOnlyItem(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

QString ConflictDialog::valueText(const QJsonObject &value) const {
    QStringList parts;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString name = m_namer ? m_namer(it.key(), it.value()) : QString();
        parts.append(name.isEmpty() ? oneValueText(it.value()) : name);
    }
    return parts.join(QStringLiteral("; "));
}

ConflictDialog::ConflictDialog(EditConflict conflict, QWidget *parent, ValueNamer namer, const QString &author)
    : QDialog(parent)
    , m_conflict(std::move(conflict))
    , m_namer(std::move(namer))
    , m_author(author)
    , m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Someone Else Changed This"));
    setObjectName(QStringLiteral("conflictDialog"));
    const QString what = m_conflict.what.toHtmlEscaped();
    const QString headline = author.isEmpty()
                                 ? tr("Someone else saved %1 after you opened it.").arg(what)
                                 : tr("%1 saved %2 after you opened it.").arg(author.toHtmlEscaped(), what);
    auto *intro = new QLabel(
        u"<b>%1</b><br>%2"_s.arg(headline, tr("Nothing of your change is written yet. Keep their version, apply your "
                                              "change on top of theirs, or tick in the \u201CYours\u201D column the "
                                              "fields to take from your change.")),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setAccessibleName(tr("Fields in conflict"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the choices
    fillTable();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::RejectRole);
    QPushButton *mine = buttons->addButton(tr("&Apply Mine on Top"), QDialogButtonBox::ApplyRole);
    QPushButton *merge = buttons->addButton(tr("Save &Merge"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    mine->setObjectName(QStringLiteral("applyMine"));
    merge->setObjectName(QStringLiteral("saveMerge"));
    keep->setToolTip(tr("Discard your change; the record stays as they saved it."));
    mine->setToolTip(tr("Write every field you changed over their version; fields only they changed stay theirs."));
    merge->setToolTip(tr("Take the ticked fields from your change and the rest from theirs."));
    merge->setEnabled(m_conflict.fieldByField);
    merge->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] { finish(std::nullopt); });
    connect(mine, &QPushButton::clicked, this, [this] { finish(m_conflict.changedByMe()); });
    connect(merge, &QPushButton::clicked, this, [this] { finish(ticked()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    if (!m_conflict.fieldByField) {
        auto *whole = new QLabel(tr("This kind of record is kept whole: choose theirs or yours."), this);
        whole->setWordWrap(true);
        layout->addWidget(whole);
    }
    layout->addWidget(buttons);
    resize(860, 380);
}

void ConflictDialog::fillTable() {
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When you opened it"), tr("Theirs (saved)"), tr("Yours"), tr("Who changed it")});
    m_table->setRowCount(int(m_conflict.fields.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    for (int row = 0; row < m_conflict.fields.size(); ++row) {
        const ConflictField &field = m_conflict.fields.at(row);
        m_table->setItem(row, FieldColumn, readOnlyItem(field.label));
        m_table->setItem(row, BaseColumn, readOnlyItem(valueText(field.base)));
        m_table->setItem(row, TheirsColumn, readOnlyItem(valueText(field.theirs)));
        QTableWidgetItem *mine = readOnlyItem(valueText(field.mine));
        // Only a field this person changed, to something other than theirs, is theirs to choose.
        if (m_conflict.fieldByField && field.mineChanged() && field.mine != field.theirs) {
            mine->setFlags(mine->flags() | Qt::ItemIsUserCheckable);
            // Uncontested edits of mine are taken; where both changed it, theirs stays until ticked.
            mine->setCheckState(field.contested() ? Qt::Unchecked : Qt::Checked);
        }
        m_table->setItem(row, MineColumn, mine);
        QTableWidgetItem *who = readOnlyItem(whoChanged(field, m_author));
        if (field.contested()) {
            QFont bold = who->font();
            bold.setBold(true);
            who->setFont(bold);
        }
        m_table->setItem(row, WhoColumn, who);
    }
    // Names and who changed what are read whole; the three values share the rest (a cut value
    // reads whole in its tooltip).
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {FieldColumn, WhoColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {BaseColumn, TheirsColumn, MineColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

QStringList ConflictDialog::ticked() const {
    QStringList names;
    for (int row = 0; row < m_conflict.fields.size(); ++row) {
        if (m_table->item(row, MineColumn)->checkState() == Qt::Checked)
            names.append(m_conflict.fields.at(row).name);
    }
    return names;
}

void ConflictDialog::setTicked(const QString &field, bool mine) {
    for (int row = 0; row < m_conflict.fields.size(); ++row) {
        QTableWidgetItem *item = m_table->item(row, MineColumn);
        if (m_conflict.fields.at(row).name == field && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(mine ? Qt::Checked : Qt::Unchecked);
    }
}

void ConflictDialog::finish(std::optional<QStringList> choice) {
    m_choice = std::move(choice);
    if (m_choice)
        accept();
    else
        reject();
}

} // namespace relm
