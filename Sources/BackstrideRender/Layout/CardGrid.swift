/// Places cards two to a row, top to bottom, starting a new page when a row does not fit.
/// A card is never split across pages.
struct CardGrid {
    let size: PageSize
    let typography: Typography
    let columns: Int

    var columnWidth: Double {
        let gap = typography.body
        return (size.width - 2 * typography.margin - gap * Double(columns - 1)) / Double(columns)
    }

    /// - Parameters:
    ///   - cards: each card's items (relative to its top-left) and height.
    ///   - firstTop: where cards start on the first page, below its header.
    ///   - top: where cards start on the pages after it.
    /// - Returns: the items of each page.
    func pages(_ cards: [(items: [PageItem], height: Double)], firstTop: Double, top: Double) -> [[PageItem]] {
        let gap = typography.body * 0.8
        let bottom = size.height - typography.margin - typography.body * 1.5
        var pages: [[PageItem]] = [[]]
        var y = firstTop
        var index = 0
        while index < cards.count {
            let row = Array(cards[index..<min(index + columns, cards.count)])
            let height = row.map(\.height).max()!
            if y + height > bottom, !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = top
            }
            for (column, card) in row.enumerated() {
                let x = typography.margin + Double(column) * (columnWidth + gap)
                pages[pages.count - 1] += card.items.map { $0.offset(x, y) }
            }
            y += height + gap
            index += columns
        }
        return pages
    }
}
