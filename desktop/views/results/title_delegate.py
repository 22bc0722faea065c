"""A match's title wrapped onto as many lines as the column's width needs, so a narrow window never cuts it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from desktop.views.results.ranking_model import Index

_PADDING = 5  # above and below the text (the tree's rows are padded by 3 px, plus a little air)


class WrappedTitleDelegate(QStyledItemDelegate):
    """Row height from the title's wrapped height at the column's current width (the tree lays out again when the
    column is resized)."""

    def __init__(self, tree: QTreeView, column: int) -> None:
        super().__init__(tree)
        self._tree = tree
        self._column = column

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(index, opt)
        if width <= 0 or not opt.text:
            return hint
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        box = opt.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, opt.text)
        # Qt's own hint measures a wrapped text against a guessed width: the height is ours alone.
        return QSize(hint.width(), max(box.height(), opt.fontMetrics.height()) + 2 * _PADDING)

    def _text_width(self, index: Index, opt: QStyleOptionViewItem) -> int:
        """The room the text has: the column less the tree's indentation at this depth and the cell's margins."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._tree.indentation() * (depth + (1 if self._tree.rootIsDecorated() else 0))
        style = self._tree.style()
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree) + 1) * 2  # as Qt draws
        return self._tree.header().sectionSize(self._column) - indent - margin
