/// The report's one stylesheet, inline: readable on screen, A4 on paper.
enum HTMLStyle {
  /// The RAG colours (fill, text on it). The words are always written too.
  static let colours: [String: (fill: String, ink: String)] = [
    "red": ("#d4351c", "#ffffff"),
    "amber": ("#f9b233", "#0b0c0c"),
    "green": ("#00703c", "#ffffff"),
    "blue": ("#1d70b8", "#ffffff"),
    "unrated": ("#e6e8ea", "#0b0c0c"),
  ]

  static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 200mm; padding: 12mm 10mm; color: #0b0c0c;
      background: #ffffff; font: 11pt/1.4 Arial, "Helvetica Neue", Helvetica, sans-serif; }
    h1 { font-size: 20pt; margin: 0 0 4pt; }
    h2 { font-size: 15pt; margin: 18pt 0 6pt; padding-top: 6pt; border-top: 2pt solid #0b0c0c; }
    h3 { font-size: 12.5pt; margin: 14pt 0 4pt; }
    h4 { font-size: 11pt; margin: 12pt 0 4pt; }
    p { margin: 4pt 0 6pt; }
    .kicker { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.04em; color: #505a5f;
      margin: 0; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt;
      margin: 8pt 0; font-size: 10pt; }
    dl.meta dt { font-weight: bold; }
    dl.meta dd { margin: 0; }
    code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.88em;
      overflow-wrap: anywhere; }
    nav ol { columns: 2; font-size: 10pt; margin: 6pt 0; padding-left: 18pt; }
    .summary { font-size: 12pt; }
    .note { color: #505a5f; }
    blockquote { margin: 4pt 0 8pt; padding: 4pt 10pt; border-left: 4pt solid #b1b4b6;
      background: #f3f2f1; }
    table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; font-size: 9.5pt; }
    caption { text-align: left; font-weight: bold; padding: 2pt 0 4pt; }
    th, td { border: 0.75pt solid #b1b4b6; padding: 3pt 5pt; text-align: left;
      vertical-align: top; overflow-wrap: break-word; }
    tbody th { font-weight: normal; }
    td ul { margin: 2pt 0 0; padding-left: 12pt; }
    thead th { background: #f3f2f1; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .nowrap { white-space: nowrap; }
    .rag { display: inline-block; min-width: 4.2em; padding: 0 4pt; border: 0.75pt solid #0b0c0c;
      border-radius: 2pt; font-weight: bold; text-align: center; white-space: nowrap;
      print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .rag-red { background: #d4351c; color: #ffffff; }
    .rag-amber { background: #f9b233; color: #0b0c0c; }
    .rag-green { background: #00703c; color: #ffffff; }
    .rag-blue { background: #1d70b8; color: #ffffff; }
    .rag-unrated { background: #ffffff; color: #0b0c0c; border-style: dashed; }
    .flag { font-weight: bold; text-transform: uppercase; font-size: 0.85em; }
    .retracted td { color: #505a5f; }
    .retracted .what { text-decoration: line-through; }
    .appendix { font-size: 9pt; }
    .appendix table { font-size: 8pt; margin: 2pt 0 6pt; }
    .appendix th, .appendix td { padding: 1pt 3pt; line-height: 1.25; }
    table.timeline td:nth-child(1) { width: 3.2em; }
    table.timeline td:nth-child(3) { width: 15%; }
    tr.item th { background: #f3f2f1; font-weight: normal; padding-top: 3pt; }
    figure { margin: 8pt 0 12pt; }
    figcaption { font-size: 9.5pt; color: #505a5f; }
    svg { width: 100%; height: auto; display: block; }
    footer { margin-top: 18pt; font-size: 9pt; color: #505a5f; border-top: 0.75pt solid #b1b4b6; }
    @page { size: A4; margin: 18mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      table { font-size: 8.5pt; }
      th, td { padding: 2pt 4pt; }
      figure svg { width: 88%; margin: 0 auto; }
      nav { display: none; }
      a { color: inherit; text-decoration: none; }
      h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
      tr, figure, blockquote, dl.meta { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      .appendix { break-before: page; page-break-before: always; }
      * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}
