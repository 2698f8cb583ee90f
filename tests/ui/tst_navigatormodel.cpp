#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestNavigatorModel final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<NavigatorModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex group(ReleaseStatus status) const {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(NavigatorModel::IdRole).toInt() == int(status))
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
        m_model = std::make_unique<NavigatorModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setWorkspace(m_ws.get());
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_ws.reset();
    }

    void groupsReleasesByStatusInLifecycleOrder() {
        QCOMPARE(m_model->rowCount(), 6); // the demo has six statuses in use
        int previous = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const int status = m_model->index(row, 0).data(NavigatorModel::IdRole).toInt();
            QVERIFY(status > previous);
            previous = status;
        }
        const QModelIndex testing = group(ReleaseStatus::Testing);
        QCOMPARE(testing.data().toString(), u"Testing (1)"_s);
        const QModelIndex autumn = m_model->index(0, 0, testing);
        QCOMPARE(autumn.data().toString(), u"2026.4 Autumn"_s);
        QCOMPARE(m_model->rowCount(autumn), 3); // packages
        const QModelIndex application = m_model->index(0, 0, autumn);
        QCOMPARE(application.data().toString(), u"Application"_s);
        QCOMPARE(m_model->rowCount(application), 4);
        QCOMPARE(m_model->index(0, 0, application).data().toString(), u"auth-service 2.3.1"_s);
        QVERIFY(m_model->index(0, 0, application).data(Qt::ToolTipRole).toString().contains(u"SHA-256"_s));
        QCOMPARE(m_model->indexOfRelease(autumn.data(NavigatorModel::IdRole).toLongLong()), autumn);
    }

    void statusChangeMovesReleaseBetweenGroups() {
        const Release winter = *m_ws->releases().releaseByName(u"2027.1 Winter"_s);
        SetReleaseStatus move(winter, ReleaseStatus::Building);
        QVERIFY(m_ws->apply(move));
        QVERIFY(!group(ReleaseStatus::Planned).isValid()); // it was the only planned release
        const QModelIndex building = group(ReleaseStatus::Building);
        QVERIFY(building.isValid());
        QCOMPARE(m_model->index(0, 0, building).data().toString(), u"2027.1 Winter"_s);
        QCOMPARE(m_model->rowCount(m_model->index(0, 0, building)), 2); // its packages came along
        QVERIFY(m_ws->revert(move));
        QVERIFY(group(ReleaseStatus::Planned).isValid());
        QVERIFY(!group(ReleaseStatus::Building).isValid());
    }

    void renameUpdatesRowInPlace() {
        const Release r = *m_ws->releases().releaseByName(u"2026.4 Autumn"_s);
        Release renamed = r;
        renamed.name = u"Autumn 26"_s;
        EditRecord<Release> edit(r, renamed);
        QVERIFY(m_ws->apply(edit));
        QCOMPARE(m_model->indexOfRelease(r.id).data().toString(), u"Autumn 26"_s);
    }

    void createAndPackageChangesAppear() {
        Release r;
        r.name = u"2028.1"_s;
        r.ownerId = m_ws->actingPerson().id;
        CreateRelease create(r);
        QVERIFY(m_ws->apply(create));
        const QModelIndex index = m_model->indexOfRelease(create.release().id);
        QVERIFY(index.isValid());
        QCOMPARE(index.parent(), group(ReleaseStatus::Draft));
        const Package main = m_ws->releases().packages(create.release().id)->first();
        PackageContentChange add(PackageContentChange::Mode::Add, main,
                                 *m_ws->catalogue().findVersion(u"nginx"_s, u"1.26.1"_s));
        QVERIFY(m_ws->apply(add));
        QCOMPARE(m_model->rowCount(m_model->index(0, 0, index)), 1);
        QVERIFY(m_ws->revert(add));
        QCOMPARE(m_model->rowCount(m_model->index(0, 0, index)), 0);
        QVERIFY(m_ws->revert(create));
        QVERIFY(!m_model->indexOfRelease(create.release().id).isValid());
    }

    void panelFilterFindsReleasesByComponent() {
        NavigatorPanel panel;
        panel.setWorkspace(m_ws.get());
        QAbstractItemModel *proxy = panel.view()->model();
        int releasesBefore = 0;
        for (int row = 0; row < proxy->rowCount(); ++row)
            releasesBefore += proxy->rowCount(proxy->index(row, 0));
        QTest::keyClicks(panel.filterField(), u"edge-router"_s);
        int releasesAfter = 0;
        QStringList names;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex g = proxy->index(row, 0);
            releasesAfter += proxy->rowCount(g);
            for (int r = 0; r < proxy->rowCount(g); ++r)
                names.append(proxy->index(r, 0, g).data().toString());
        }
        QVERIFY(releasesBefore >= 6);
        QCOMPARE(names, QStringList{u"Branch network refresh"_s});
        panel.filterField()->clear();
        panel.selectRelease(m_ws->releases().releaseByName(u"Hotfix 2026.3.1"_s)->id);
        QCOMPARE(panel.currentReleaseId(), m_ws->releases().releaseByName(u"Hotfix 2026.3.1"_s)->id);
    }
};

QTEST_MAIN(TestNavigatorModel)
#include "tst_navigatormodel.moc"
