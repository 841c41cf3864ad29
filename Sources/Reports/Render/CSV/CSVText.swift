/// RFC 4180 building blocks.
enum CSVText {
  /// The UTF-8 byte-order mark: Excel reads a CSV file as UTF-8 (so "£" and curly apostrophes
  /// come through) only when it starts with one. LibreOffice and Python's `utf-8-sig` accept it.
  static let byteOrderMark = "\u{FEFF}"
  /// The record separator RFC 4180 asks for.
  static let recordEnd = "\r\n"

  /// One field: quoted when it holds a comma, a double quote, CR or LF (or starts or ends
  /// with a space, which some readers trim); a double quote inside is doubled.
  static func field(_ s: String) -> String {
    var needsQuotes = false
    for scalar in s.unicodeScalars
    where scalar == "," || scalar == "\"" || scalar == "\r"
      || scalar == "\n"
    {
      needsQuotes = true
      break
    }
    if let first = s.unicodeScalars.first, first == " " { needsQuotes = true }
    if let last = s.unicodeScalars.last, last == " " { needsQuotes = true }
    guard needsQuotes else { return s }
    var out = "\""
    for scalar in s.unicodeScalars {
      if scalar == "\"" { out += "\"" }
      out.unicodeScalars.append(scalar)
    }
    return out + "\""
  }

  /// Free text made safe for a spreadsheet: a value that starts with `=`, `+`, `-`, `@`, a
  /// tab or CR would be run as a formula by Excel and LibreOffice, so it gets a leading `'`
  /// (the spreadsheets' own "this is text" mark, OWASP's advice for CSV injection).
  static func text(_ s: String) -> String {
    guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return s
    }
    return "'" + s
  }

  /// One record: the fields, each quoted as needed, joined by commas, ending in CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + recordEnd
  }
}
