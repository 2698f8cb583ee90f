#include "import/CsvImportSupport.h"

#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

/// A start-no-earlier-than date starts the working day; a finish-no-later-than date ends it.
QTime startOfDay() {
    return QTime(8, 0);
}
QTime endOfDay() {
    return QTime(17, 0);
}

class RiskImporter final : public RecordImporter {
public:
    Result<void> load(Workspace &workspace, Id releaseId) override {
        m_releaseId = releaseId;
        if (auto r = m_logins.load(workspace); !r)
            return r;
        auto risks = workspace.risks().risks(releaseId);
        if (!risks)
            return risks.error();
        for (const Risk &risk : *risks)
            m_existing.insert(risk.title.trimmed().toCaseFolded(), risk);
        auto tasks = workspace.plan().taskNames(releaseId);
        if (!tasks)
            return tasks.error();
        for (const auto &[id, name] : *tasks)
            m_tasks.insert(name.trimmed().toCaseFolded(), id);
        return {};
    }

    QString read(RowCells &cells) override {
        const QString title = cells.text(u"title"_s, true);
        if (title.isEmpty() || !m_seen.first(cells, u"title"_s, title))
            return title;
        const auto found = m_existing.constFind(title.toCaseFolded());
        const std::optional<Risk> existing = found == m_existing.cend() ? std::nullopt : std::optional<Risk>(*found);
        Risk risk = existing.value_or(Risk{});
        risk.releaseId = m_releaseId;
        risk.title = existing ? risk.title : title;
        for (const auto &[field, target] :
             {std::pair{u"description"_s, &risk.description}, std::pair{u"category"_s, &risk.category},
              std::pair{u"mitigation"_s, &risk.mitigation}, std::pair{u"contingency"_s, &risk.contingency}}) {
            if (cells.isMapped(field))
                *target = cells.text(field);
        }
        if (const auto likelihood = cells.integer(u"likelihood"_s, 1, 5))
            risk.likelihood = *likelihood;
        if (const auto impact = cells.integer(u"impact"_s, 1, 5))
            risk.impact = *impact;
        if (cells.isMapped(u"owner"_s))
            risk.ownerId = m_logins.read(cells, u"owner"_s);
        readStatus(cells, risk);
        if (cells.isMapped(u"review_date"_s))
            risk.reviewDate = cells.date(u"review_date"_s).value_or(QDate());
        if (cells.isMapped(u"task"_s))
            risk.taskId = readTask(cells);
        if (cells.isMapped(u"delay"_s))
            risk.expectedDelay = cells.workTime(u"delay"_s).value_or(0);
        if (auto r = validation::check(risk); !r)
            cells.problem({}, r.errorMessage());
        if (cells.problems().isEmpty())
            m_staged.stage(existing, risk);
        return title;
    }

    std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) override {
        return m_staged.change(source, counts);
    }

private:
    static void readStatus(RowCells &cells, Risk &risk) {
        const QString text = cells.text(u"status"_s);
        if (text.isEmpty())
            return;
        const auto status = riskStatusFromKey(text.toLower());
        if (!status) {
            cells.problem(u"status"_s,
                          tr("\u201C%1\u201D is not one of open, mitigating, accepted, closed.").arg(text));
            return;
        }
        risk.status = *status;
        cells.show(u"status"_s, riskStatusKey(*status));
    }

    Id readTask(RowCells &cells) {
        const QString name = cells.text(u"task"_s);
        if (name.isEmpty())
            return 0;
        const Id id = m_tasks.value(name.toCaseFolded());
        if (!id)
            cells.problem(u"task"_s, tr("the release has no task \u201C%1\u201D.").arg(name));
        return id;
    }

    Id m_releaseId = 0;
    Logins m_logins;
    QHash<QString, Risk> m_existing;
    QHash<QString, Id> m_tasks;
    SeenKeys m_seen;
    Staged<Risk> m_staged;
};

class TaskImporter final : public RecordImporter {
public:
    Result<void> load(Workspace &workspace, Id releaseId) override {
        m_releaseId = releaseId;
        auto tasks = workspace.plan().tasks(releaseId);
        if (!tasks)
            return tasks.error();
        for (const PlanTask &t : *tasks)
            m_existing.insert(t.name.trimmed().toCaseFolded(), t);
        auto links = workspace.plan().links(releaseId);
        if (!links)
            return links.error();
        for (const PlanLink &l : *links)
            m_existingLinks.insert({l.predecessorId, l.successorId});
        auto environments = workspace.directory().environments();
        if (!environments)
            return environments.error();
        for (const Environment &e : *environments)
            m_environments.insert(e.name.toCaseFolded(), e.id);
        return {};
    }

    QString read(RowCells &cells) override {
        const int row = m_row++;
        const QString name = cells.text(u"name"_s, true);
        if (name.isEmpty() || !m_seen.first(cells, u"name"_s, name))
            return name;
        const auto found = m_existing.constFind(name.toCaseFolded());
        const std::optional<PlanTask> existing =
            found == m_existing.cend() ? std::nullopt : std::optional<PlanTask>(*found);
        PlanTask task = existing.value_or(PlanTask{});
        task.releaseId = m_releaseId;
        task.name = existing ? task.name : name;
        readDuration(cells, task, !existing);
        int parentIndex = -1;
        if (cells.isMapped(u"phase"_s))
            parentIndex = readPhase(cells, task, bool(existing));
        readConstraint(cells, task);
        if (const auto percent = cells.integer(u"percent_complete"_s, 0, 100))
            task.percentComplete = *percent;
        if (const auto deployment = cells.flag(u"deployment"_s))
            task.deployment = *deployment;
        if (cells.isMapped(u"environment"_s))
            task.environmentId = readEnvironment(cells);
        if (cells.isMapped(u"optimistic"_s))
            task.optimistic = cells.workTime(u"optimistic"_s).value_or(-1);
        if (cells.isMapped(u"pessimistic"_s))
            task.pessimistic = cells.workTime(u"pessimistic"_s).value_or(-1);
        if (auto r = validation::check(task); !r)
            cells.problem({}, r.errorMessage());
        const QStringList predecessors = cells.names(u"predecessors"_s);
        if (!cells.problems().isEmpty()) {
            m_refusedNames.insert(name.toCaseFolded());       // its own line says why; a successor need not
            m_refusedRows.append({row, 0, -1, predecessors}); // its predecessors are still named right or not
            return name;
        }
        const TaskRow staged{row, existing ? task.id : 0, existing ? -1 : int(m_created.size()), predecessors};
        m_fileTasks.insert(name.toCaseFolded(), staged);
        m_rows.append(staged);
        if (existing) {
            if (task != *existing)
                m_edited.append({*existing, task});
            else
                ++m_unchanged;
        } else {
            m_created.append({task, parentIndex});
        }
        return name;
    }

    QList<LateProblem> finish() override {
        QList<LateProblem> problems;
        for (const TaskRow &row : std::as_const(m_refusedRows)) {
            for (const QString &name : row.predecessors) {
                if (!refTo(name) && !m_refusedNames.contains(name.toCaseFolded()))
                    problems.append({row.row, {u"predecessors"_s, unknownTask(name)}});
            }
        }
        for (const TaskRow &row : std::as_const(m_rows)) {
            const ImportedTaskRef successor{row.id, row.index};
            for (const QString &name : row.predecessors) {
                const auto predecessor = refTo(name);
                if (!predecessor && m_refusedNames.contains(name.toCaseFolded()))
                    continue;
                if (!predecessor) {
                    problems.append({row.row, {u"predecessors"_s, unknownTask(name)}});
                    continue;
                }
                if (predecessor->id == successor.id && predecessor->index == successor.index) {
                    problems.append({row.row, {u"predecessors"_s, tr("a task cannot wait for itself.")}});
                    continue;
                }
                if (predecessor->index < 0 && successor.index < 0 &&
                    m_existingLinks.contains({predecessor->id, successor.id}))
                    continue; // the release has it already
                m_links.append({*predecessor, successor});
            }
        }
        return problems;
    }

    std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) override {
        std::vector<std::unique_ptr<Change>> parts;
        for (const auto &[before, after] : std::as_const(m_edited))
            parts.push_back(std::make_unique<EditRecord<PlanTask>>(before, after));
        if (!m_created.isEmpty() || !m_links.isEmpty())
            parts.push_back(std::make_unique<ImportTasks>(m_releaseId, m_created, m_links, source));
        counts.created += int(m_created.size());
        counts.updated += int(m_edited.size());
        counts.unchanged += m_unchanged;
        counts.linked += int(m_links.size());
        return combine(detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Import %1"), source),
                       std::move(parts));
    }

private:
    static QString unknownTask(const QString &name) {
        return tr("there is no task \u201C%1\u201D in the file or the release.").arg(name);
    }

    /// A row that was staged: its task (existing id, or place among the created) and its predecessors.
    struct TaskRow {
        int row = 0;
        Id id = 0;
        int index = -1;
        QStringList predecessors;
    };

    std::optional<ImportedTaskRef> refTo(const QString &name) const {
        const QString key = name.toCaseFolded();
        if (const auto inFile = m_fileTasks.constFind(key); inFile != m_fileTasks.cend())
            return ImportedTaskRef{inFile->id, inFile->index};
        if (const auto known = m_existing.constFind(key); known != m_existing.cend())
            return ImportedTaskRef{known->id, -1};
        return std::nullopt;
    }

    static void readDuration(RowCells &cells, PlanTask &task, bool isNew) {
        if (const auto milestone = cells.flag(u"milestone"_s))
            task.milestone = *milestone;
        if (const auto duration = cells.workTime(u"duration"_s))
            task.duration = *duration;
        else if (isNew)
            task.duration = task.milestone ? 0 : 8 * 60; // a day, as relm-cli task add gives
    }

    /// The phase's place among the created tasks, or -1 with task.parentId set to a known phase.
    int readPhase(RowCells &cells, PlanTask &task, bool existing) {
        const QString phase = cells.text(u"phase"_s);
        task.parentId = 0;
        if (phase.isEmpty())
            return -1;
        if (phase.compare(task.name, Qt::CaseInsensitive) == 0) {
            cells.problem(u"phase"_s, tr("a task cannot be its own phase."));
            return -1;
        }
        const QString key = phase.toCaseFolded();
        if (const auto inFile = m_fileTasks.constFind(key); inFile != m_fileTasks.cend()) {
            if (inFile->index < 0) {
                task.parentId = inFile->id;
                return -1;
            }
            if (!existing)
                return inFile->index;
            cells.problem(u"phase"_s, tr("a task the release has can only move into a phase it has already; import "
                                         "\u201C%1\u201D first.")
                                          .arg(phase));
            return -1;
        }
        if (const auto known = m_existing.constFind(key); known != m_existing.cend()) {
            task.parentId = known->id;
            return -1;
        }
        cells.problem(u"phase"_s, tr("there is no task \u201C%1\u201D in the release or on an earlier line; a phase "
                                     "comes before its tasks.")
                                      .arg(phase));
        return -1;
    }

    /// A start-no-earlier-than or finish-no-later-than date; both empty clear those two (the
    /// other constraints, which the file has no column for, stay). The same date keeps its time.
    static void readConstraint(RowCells &cells, PlanTask &task) {
        if (!cells.isMapped(u"start_no_earlier_than"_s) && !cells.isMapped(u"finish_no_later_than"_s))
            return;
        const auto start = cells.date(u"start_no_earlier_than"_s);
        const auto finish = cells.date(u"finish_no_later_than"_s);
        if (start && finish) {
            cells.problem(u"finish_no_later_than"_s,
                          tr("a task has one date constraint: give a start no earlier than or a finish no later "
                             "than, not both."));
            return;
        }
        const auto constrain = [&task](ConstraintType type, const QDateTime &at) {
            if (task.constraint != type || task.constraintDate.date() != at.date())
                task.constraintDate = at;
            task.constraint = type;
        };
        if (start) {
            constrain(ConstraintType::StartNoEarlierThan, QDateTime(*start, startOfDay()));
        } else if (finish) {
            constrain(ConstraintType::FinishNoLaterThan, QDateTime(*finish, endOfDay()));
        } else if (task.constraint == ConstraintType::StartNoEarlierThan ||
                   task.constraint == ConstraintType::FinishNoLaterThan) {
            task.constraint = ConstraintType::AsSoonAsPossible;
            task.constraintDate = {};
        }
    }

    Id readEnvironment(RowCells &cells) {
        const QString name = cells.text(u"environment"_s);
        if (name.isEmpty())
            return 0;
        const Id id = m_environments.value(name.toCaseFolded());
        if (!id)
            cells.problem(u"environment"_s,
                          tr("there is no environment \u201C%1\u201D (see relm-cli env list).").arg(name));
        return id;
    }

    Id m_releaseId = 0;
    int m_row = 0;
    QHash<QString, PlanTask> m_existing;
    QSet<std::pair<Id, Id>> m_existingLinks;
    QHash<QString, Id> m_environments;
    SeenKeys m_seen;
    QHash<QString, TaskRow> m_fileTasks;
    QSet<QString> m_refusedNames; ///< tasks of lines refused for a problem of their own
    QList<TaskRow> m_rows;
    QList<TaskRow> m_refusedRows; ///< rows refused for their own cells, kept to check the names they wait for
    QList<ImportedTask> m_created;
    QList<std::pair<PlanTask, PlanTask>> m_edited;
    QList<ImportedLink> m_links;
    int m_unchanged = 0;
};

} // namespace

std::unique_ptr<RecordImporter> riskImporter() {
    return std::make_unique<RiskImporter>();
}

std::unique_ptr<RecordImporter> taskImporter() {
    return std::make_unique<TaskImporter>();
}

} // namespace relm::csv
