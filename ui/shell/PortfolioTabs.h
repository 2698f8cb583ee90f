#pragma once

#include <QTabWidget>

namespace relm {

/// The portfolio tab of this kind (one per window), brought to the front; made by `make` when
/// there is none yet.
template<typename Page, typename Make>
Page *portfolioTab(QTabWidget *tabs, const QString &title, Make make) {
    for (int i = 0; i < tabs->count(); ++i) {
        if (auto *page = qobject_cast<Page *>(tabs->widget(i))) {
            tabs->setCurrentIndex(i);
            return page;
        }
    }
    Page *page = make();
    tabs->setCurrentIndex(tabs->addTab(page, title));
    return page;
}

} // namespace relm
