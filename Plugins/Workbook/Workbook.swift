import CXLSXWriter
import Foundation
import ReformModel

/// An Excel workbook as a council's finance and programme officers take one: written with
/// libxlsxwriter (the C library made for exactly this, from Debian), with money in pounds and
/// negatives in brackets, frozen header rows, autofilters, column widths that fit, A4 landscape
/// printing with the title and the as-of day in the header, and totals as live formulas.
///
/// Text is always written as text: a title or note that begins with `=`, `+`, `-` or `@` stays
/// what was typed and is never taken as a formula.
public final class Workbook {
    /// How a cell looks.
    public enum Style: Hashable, CaseIterable {
        case header, headerNumber, text, wrapped, money, moneyTotal, label, labelTotal, integer, percent, note, red, amber, green
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let path: String
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    private var closed = false

    /// Why a workbook could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A new workbook, titled `title` in its properties.
    public init(title: String, subject: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("reform-\(UUID().uuidString).xlsx").path
        guard let book = workbook_new(path) else { throw Failure(description: "libxlsxwriter could not start a workbook in \(path)") }
        workbook = book
        var properties = lxw_doc_properties()
        let strings = [title, subject, "ReformTracker"].map { $0.withCString { strdup($0) } }
        defer { strings.forEach { free($0) } }
        properties.title = strings[0]
        properties.subject = strings[1]
        properties.author = strings[2]
        workbook_set_properties(workbook, &properties)
        for style in Style.allCases { formats[style] = make(style) }
    }

    deinit {
        if !closed { workbook_close(workbook) }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A new sheet named `name` (at most 31 characters, none of `[]:*?/\`).
    public func sheet(_ name: String) -> Sheet {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
        return Sheet(pointer: workbook_add_worksheet(workbook, cleaned), book: self)
    }

    /// The workbook's bytes; it can be written no more after.
    public func bytes() throws -> [UInt8] {
        closed = true
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else { throw Failure(description: "libxlsxwriter: \(String(cString: lxw_strerror(error)))") }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "the workbook was not written") }
        return [UInt8](data)
    }

    func format(_ style: Style) -> UnsafeMutablePointer<lxw_format>? { formats[style] }

    private func make(_ style: Style) -> UnsafeMutablePointer<lxw_format>? {
        guard let format = workbook_add_format(workbook) else { return nil }
        format_set_font_name(format, "Arial")
        format_set_font_size(format, 10)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        // Pounds, thousands separated, pence shown; negatives in brackets, as finance teams write them.
        let money = "£#,##0.00;(£#,##0.00)"
        switch style {
        case .header, .headerNumber:
            format_set_bold(format)
            format_set_text_wrap(format)
            format_set_bg_color(format, 0xDEE0E2)
            format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
            if style == .headerNumber { format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        case .text: break
        case .wrapped, .note: format_set_text_wrap(format)
        case .money: format_set_num_format(format, money)
        case .moneyTotal:
            format_set_num_format(format, money)
            format_set_bold(format)
            format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .label: format_set_bold(format)
        case .labelTotal:
            format_set_bold(format)
            format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .integer: format_set_num_format(format, "0")
        case .percent: format_set_num_format(format, "0\"%\"")
        case .red:
            format_set_bg_color(format, 0xF4CCCC)
            format_set_font_color(format, 0x7A0000)
            format_set_bold(format)
        case .amber:
            format_set_bg_color(format, 0xFFE8B3)
            format_set_font_color(format, 0x5C3B00)
            format_set_bold(format)
        case .green:
            format_set_bg_color(format, 0xD5EBD9)
            format_set_font_color(format, 0x0B4A1E)
            format_set_bold(format)
        }
        if style == .note { format_set_italic(format) }
        return format
    }

    /// The cell at `row` and `column` (from 0) as a formula names it: `B3`.
    public static func cell(_ row: Int, _ column: Int) -> String {
        var name = "", index = column
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return "\(name)\(row + 1)"
    }
}

/// One sheet of a workbook.
public struct Sheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>?
    let book: Workbook

    /// Text, always as text.
    public func text(_ row: Int, _ column: Int, _ value: String, _ style: Workbook.Style = .text) {
        worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), value, book.format(style))
    }

    /// A number.
    public func number(_ row: Int, _ column: Int, _ value: Double, _ style: Workbook.Style = .integer) {
        worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), value, book.format(style))
    }

    /// Money in pounds; `nil` (not known) is an empty cell, never 0.
    public func money(_ row: Int, _ column: Int, _ value: Money?, _ style: Workbook.Style = .money) {
        guard let value else { return blank(row, column, style) }
        worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), Double(value.pence) / 100, book.format(style))
    }

    /// An empty cell with the style.
    public func blank(_ row: Int, _ column: Int, _ style: Workbook.Style = .text) {
        worksheet_write_blank(pointer, lxw_row_t(row), lxw_col_t(column), book.format(style))
    }

    /// A formula (`=SUM(B2:B9)`), with the value it comes to for readers that do not calculate.
    public func formula(_ row: Int, _ column: Int, _ formula: String, value: Double, _ style: Workbook.Style = .moneyTotal) {
        worksheet_write_formula_num(pointer, lxw_row_t(row), lxw_col_t(column), formula, book.format(style), value)
    }

    /// Row `row` tall enough for `lines` lines of wrapped text (a spreadsheet does not grow a row for text written into it).
    public func lines(_ row: Int, _ lines: Int) {
        guard lines > 1 else { return }
        worksheet_set_row(pointer, lxw_row_t(row), 12.75 * Double(lines), nil)
    }

    /// How many lines the longest of `cells` takes wrapped in columns of `widths` characters.
    public static func linesNeeded(_ cells: [String], widths: [Double]) -> Int {
        zip(cells, widths).map { cell, width in
            cell.split(separator: "\n", omittingEmptySubsequences: false).map { max(1, Int((Double($0.count) / max(1, width - 1)).rounded(.up))) }.reduce(0, +)
        }.max() ?? 1
    }

    /// Column widths in characters, from the first column.
    public func widths(_ widths: [Double]) {
        for (column, width) in widths.enumerated() {
            worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
    }

    /// Rows above `rows` stay in view as one scrolls, and print on every page.
    public func freezeHeader(rows: Int = 1, columns: Int = 0) {
        worksheet_freeze_panes(pointer, lxw_row_t(rows), lxw_col_t(columns))
        worksheet_repeat_rows(pointer, 0, lxw_row_t(rows - 1))
    }

    /// An autofilter over a table from its header row `row` to `lastRow`, columns 0 to `lastColumn`.
    public func autofilter(row: Int, lastRow: Int, lastColumn: Int) {
        worksheet_autofilter(pointer, lxw_row_t(row), 0, lxw_row_t(max(row, lastRow)), lxw_col_t(lastColumn))
    }

    /// The paper a sheet prints on.
    public enum Paper: UInt8 {
        case a4 = 9, a3 = 8
    }

    /// Landscape on `paper` (A4 by default), fitted to the page's width, with `title` and the as-of day in the header and page numbers in the footer.
    public func printSetup(title: String, asOf: String, paper: Paper = .a4) {
        worksheet_set_landscape(pointer)
        worksheet_set_paper(pointer, paper.rawValue)
        worksheet_fit_to_pages(pointer, 1, 0)
        // & starts a header code: a title's own ampersands are doubled.
        let escaped = { (text: String) in text.replacingOccurrences(of: "&", with: "&&") }
        worksheet_set_header(pointer, "&L\(escaped(title))&RAs at \(escaped(asOf))")
        worksheet_set_footer(pointer, "&L&A&RPage &P of &N")
    }

    /// Cells of `first...last` rows in `column` that contain `word` take `style` (the RAG's colour; the word stays in the cell).
    public func highlight(column: Int, rows first: Int, _ last: Int, containing word: String, _ style: Workbook.Style) {
        guard last >= first else { return }
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
        let text = strdup(word)
        defer { free(text) }
        rule.value_string = text
        rule.format = book.format(style)
        worksheet_conditional_format_range(pointer, lxw_row_t(first), lxw_col_t(column), lxw_row_t(last), lxw_col_t(column), &rule)
    }
}
