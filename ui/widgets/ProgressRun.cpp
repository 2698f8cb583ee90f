#include "ProgressRun.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr int kSteps = 1000;

} // namespace

void runWithProgress(QWidget *parent, const QString &label, std::function<void(const ProgressReport &)> work,
                     std::function<void(bool cancelled)> finished) {
    auto *dialog =
        new QProgressDialog(label, QCoreApplication::translate("relm::ProgressRun", "Cancel"), 0, kSteps, parent);
    dialog->setObjectName(u"progressRun"_s);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<void>(dialog);
    QObject::connect(watcher, &QFutureWatcher<void>::progressValueChanged, dialog, &QProgressDialog::setValue);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [dialog, cancelled] {
        cancelled->store(true);
        dialog->setLabelText(QCoreApplication::translate("relm::ProgressRun", "Stopping\u2026"));
    });
    QObject::connect(watcher, &QFutureWatcher<void>::finished, dialog, [dialog, cancelled, finished] {
        dialog->hide();
        finished(cancelled->load());
        dialog->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), cancelled](QPromise<void> &promise) {
        promise.setProgressRange(0, kSteps);
        work([&promise, &cancelled](qint64 done, qint64 total) {
            promise.setProgressValue(total > 0 ? int(qMin(done, total) * kSteps / total) : 0);
            return !cancelled->load();
        });
    }));
}

} // namespace relm
