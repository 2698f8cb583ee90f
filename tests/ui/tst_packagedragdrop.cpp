#include "TestSupport.h"

#include "catalogue/CatalogueFilter.h"
#include "catalogue/CatalogueModel.h"
#include "catalogue/CataloguePanel.h"
#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "package/PackageContentsModel.h"
#include "package/PackageDropper.h"
#include "package/PackageMime.h"
#include "packages/PackageOperations.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Sends enter, move and drop to a view's viewport over an index, as a real drag would.
bool dropOnView(QAbstractItemView *view, const QModelIndex &target, const QMimeData *data,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *viewport = view->viewport();
    const QPoint at = target.isValid() ? view->visualRect(target).center() : QPoint(5, viewport->height() - 5);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(at, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(at, actions, data, Qt::LeftButton, modifiers);
    if (modifiers & Qt::ControlModifier)
        drop.setDropAction(Qt::CopyAction);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

class TestPackageDragDrop final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<UndoController> m_undo;
    std::unique_ptr<PackageDropper> m_dropper;

    Package package(const QString &target) { return *package_ops::findPackage(*m_ws, target); }
    bool holds(const QString &target, const QString &component, const QString &version) {
        const Package p = package(target);
        return std::any_of(p.contents.cbegin(), p.contents.cend(), [&](const ComponentVersion &v) {
            return v.componentName == component && v.version == version;
        });
    }
    ComponentVersion version(const QString &component, const QString &v) {
        return *m_ws->catalogue().findVersion(component, v);
    }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
        m_undo = std::make_unique<UndoController>();
        m_undo->setWorkspace(m_ws.get());
        m_dropper = std::make_unique<PackageDropper>(*m_undo);
    }

    void cleanup() {
        m_dropper.reset();
        m_undo.reset();
        m_ws.reset();
    }

    void catalogueModelEncodesDraggedItems() {
        CatalogueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        const QModelIndex nginx = model.indexOfComponent(m_ws->catalogue().componentByName(u"nginx"_s)->id);
        QVERIFY(nginx.isValid());
        QCOMPARE(model.rowCount(nginx), 2);
        QCOMPARE(model.index(0, 0, nginx).data().toString(), u"1.26.1"_s); // newest first
        std::unique_ptr<QMimeData> data(model.mimeData({nginx, model.index(1, 0, nginx)}));
        const auto items = package_mime::catalogueItems(data.get());
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).versionId, Id(0)); // the component itself
        QCOMPARE(items.at(1).versionId, version(u"nginx"_s, u"1.24.0"_s).id);
    }

    void catalogueFilterByKindOwnerAndText() {
        CatalogueModel model;
        model.setWorkspace(m_ws.get());
        CatalogueFilter filter;
        filter.setSourceModel(&model);
        const int all = filter.rowCount();
        QVERIFY(all >= 14);
        filter.setKind(int(ComponentKind::Hardware));
        QCOMPARE(filter.rowCount(), 1);
        filter.setKind(std::nullopt);
        filter.setOwner(u"erik"_s);
        QCOMPARE(filter.rowCount(), 3);
        filter.setOwner({});
        filter.setText(u"15.6"_s); // a version string finds its component
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), u"postgresql"_s);
        filter.setText({});
        QCOMPARE(filter.rowCount(), all);
    }

    void dropComponentPicksLatestAndSaysSo() {
        QString said;
        connect(m_dropper.get(), &PackageDropper::message, this, [&](const QString &text, bool) { said = text; });
        const Component nginx = *m_ws->catalogue().componentByName(u"nginx"_s);
        auto data = package_mime::encode(QList<package_mime::CatalogueItem>{{nginx.id, 0}});
        QVERIFY(m_dropper->drop(data.get(), package(u"2027.1 Winter"_s).id, Qt::CopyAction));
        QVERIFY(holds(u"2027.1 Winter"_s, u"nginx"_s, u"1.26.1"_s));
        QVERIFY(said.contains(u"added 1.26.1, the latest"_s));
        QCOMPARE(m_undo->stack()->count(), 1);
        m_undo->stack()->undo();
        QVERIFY(!holds(u"2027.1 Winter"_s, u"nginx"_s, u"1.26.1"_s));
    }

    void navigatorModelDropMovesAndCopies() {
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        model.setDropper(m_dropper.get());
        const Package application = package(u"2026.4 Autumn/Application"_s);
        const ComponentVersion mobile = version(u"mobile-app"_s, u"5.3.0"_s);
        auto data = package_mime::encode(QList<package_mime::PackageItem>{{application.id, mobile.id}});
        const QModelIndex winter = model.indexOfRelease(m_ws->releases().releaseByName(u"2027.1 Winter"_s)->id);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, winter));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, winter.parent())); // a status group

        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, winter));
        QVERIFY(holds(u"2027.1 Winter"_s, u"mobile-app"_s, u"5.3.0"_s));
        QVERIFY(!holds(u"2026.4 Autumn/Application"_s, u"mobile-app"_s, u"5.3.0"_s));
        m_undo->stack()->undo();
        QVERIFY(holds(u"2026.4 Autumn/Application"_s, u"mobile-app"_s, u"5.3.0"_s));
        QVERIFY(!holds(u"2027.1 Winter"_s, u"mobile-app"_s, u"5.3.0"_s));

        QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, winter));
        QVERIFY(holds(u"2027.1 Winter"_s, u"mobile-app"_s, u"5.3.0"_s));
        QVERIFY(holds(u"2026.4 Autumn/Application"_s, u"mobile-app"_s, u"5.3.0"_s));
    }

    void dragFromCatalogueViewDropOnNavigatorView() {
        CataloguePanel catalogue(*m_undo);
        catalogue.setWorkspace(m_ws.get());
        NavigatorPanel navigator;
        navigator.setWorkspace(m_ws.get());
        navigator.setDropper(m_dropper.get());
        navigator.resize(400, 700);
        navigator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&navigator));

        // Select two versions in the catalogue view, as with Ctrl+click, and take the drag payload.
        QTreeView *source = catalogue.view();
        QAbstractItemModel *proxy = source->model();
        QModelIndexList chosen;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex component = proxy->index(row, 0);
            for (int child = 0; child < proxy->rowCount(component); ++child) {
                const QModelIndex version = proxy->index(child, 0, component);
                const QString text =
                    component.data(CatalogueModel::SortRole).toString() + u'@' + version.data().toString();
                if (text == u"nginx@1.26.1"_s || text == u"logship@3.2.0"_s)
                    chosen.append(version);
            }
        }
        QCOMPARE(chosen.size(), 2);
        std::unique_ptr<QMimeData> data(proxy->mimeData(chosen));
        QVERIFY(data);

        navigator.selectRelease(m_ws->releases().releaseByName(u"Branch network refresh"_s)->id);
        const QModelIndex target = navigator.view()->currentIndex();
        QVERIFY(dropOnView(navigator.view(), target, data.get()));
        QVERIFY(holds(u"Branch network refresh"_s, u"nginx"_s, u"1.26.1"_s));
        QVERIFY(holds(u"Branch network refresh"_s, u"logship"_s, u"3.2.0"_s));
        QCOMPARE(m_undo->stack()->count(), 1); // one drop, one undo step
        m_undo->stack()->undo();
        QVERIFY(!holds(u"Branch network refresh"_s, u"nginx"_s, u"1.26.1"_s));
        QVERIFY(!holds(u"Branch network refresh"_s, u"logship"_s, u"3.2.0"_s));
    }

    void ctrlDropOnPackageTableCopies() {
        PackageContentsModel contents;
        QAbstractItemModelTester tester(&contents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        contents.setDropper(m_dropper.get());
        contents.setRelease(m_ws.get(), m_ws->releases().releaseByName(u"2027.1 Winter"_s)->id);
        QTableView view;
        view.setModel(&contents);
        view.setAcceptDrops(true);
        view.setDragDropMode(QAbstractItemView::DragDrop);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int before = contents.rowCount();

        const Package autumnApp = package(u"2026.4 Autumn/Application"_s);
        const ComponentVersion auth = version(u"auth-service"_s, u"2.3.1"_s);
        auto data = package_mime::encode(QList<package_mime::PackageItem>{{autumnApp.id, auth.id}});
        QVERIFY(dropOnView(&view, contents.index(0, 1), data.get(), Qt::ControlModifier));
        QCOMPARE(contents.rowCount(), before + 1);
        QVERIFY(holds(u"2026.4 Autumn/Application"_s, u"auth-service"_s, u"2.3.1"_s)); // copied, not moved

        // Delete removes the selected rows, as one undo step.
        view.selectRow(0);
        view.selectionModel()->select(contents.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<package_mime::PackageItem> items;
        for (const QModelIndex &index : view.selectionModel()->selectedRows())
            items.append({index.data(PackageContentsModel::PackageIdRole).toLongLong(),
                          index.data(PackageContentsModel::VersionIdRole).toLongLong()});
        QVERIFY(m_dropper->removeItems(items));
        QCOMPARE(contents.rowCount(), before - 1);
        m_undo->stack()->undo();
        QCOMPARE(contents.rowCount(), before + 1);
    }

    void navigatorDeleteKeyRemovesSelectedVersions() {
        NavigatorPanel navigator;
        navigator.setWorkspace(m_ws.get());
        navigator.setDropper(m_dropper.get());
        navigator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&navigator));
        navigator.selectRelease(m_ws->releases().releaseByName(u"Hotfix 2026.3.1"_s)->id);
        QTreeView *tree = navigator.view();
        const QModelIndex release = tree->currentIndex();
        tree->expand(release);
        const QModelIndex fix = tree->model()->index(0, 0, release);
        tree->expand(fix);
        const QModelIndex billing = tree->model()->index(0, 0, fix);
        QCOMPARE(billing.data().toString(), u"billing-api 4.10.0"_s);
        tree->setCurrentIndex(billing);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!holds(u"Hotfix 2026.3.1"_s, u"billing-api"_s, u"4.10.0"_s));
        m_undo->stack()->undo();
        QVERIFY(holds(u"Hotfix 2026.3.1"_s, u"billing-api"_s, u"4.10.0"_s));
    }
};

QTEST_MAIN(TestPackageDragDrop)
#include "tst_packagedragdrop.moc"
