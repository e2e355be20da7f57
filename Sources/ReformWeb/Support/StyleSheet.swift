/// The one style sheet of every page, served at `/static/reform.css`: plain, readable, printable
/// on A4, with RAG colours that always sit beside their words.
enum StyleSheet {
    static let css = """
    :root { --red: #b10e1e; --amber: #b65f00; --green: #00703c; --grey: #505a5f; --ink: #0b0c0c; --line: #b1b4b6; --link: #1d70b8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; }
    a { color: var(--link); } a:focus, button:focus, input:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #ffdd00; padding: 4px 8px; }
    header.site { background: #0b0c0c; color: #fff; padding: 10px 24px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; }
    header.site a { color: #fff; } .brand a { font-weight: 700; font-size: 1.15rem; text-decoration: none; } .org { color: #dcdcdc; margin-left: 8px; }
    nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
    form.signout { margin-left: auto; display: flex; gap: 8px; align-items: center; }
    main { max-width: 1180px; padding: 8px 24px 32px; }
    footer.site { max-width: 1180px; padding: 0 24px 24px; color: var(--grey); font-size: 0.9rem; }
    h1 { font-size: 2rem; margin: 16px 0 8px; } h2 { font-size: 1.4rem; margin-top: 28px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    .lead { font-size: 1.1rem; color: #272a2c; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; } caption { text-align: left; color: var(--grey); padding: 4px 0; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
    thead th { border-bottom: 2px solid var(--ink); } th[scope=row] { font-weight: 600; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .rag { display: inline-block; min-width: 6.5em; text-align: center; padding: 1px 6px; font-weight: 700; font-size: 0.85rem; color: #fff; border-radius: 2px; }
    .rag-red { background: var(--red); } .rag-amber { background: var(--amber); } .rag-green { background: var(--green); }
    .rag-complete { background: #1d70b8; } .rag-not-rated { background: #fff; color: var(--ink); border: 1px solid var(--grey); }
    svg .fill-red { fill: var(--red); } svg .fill-amber { fill: var(--amber); } svg .fill-green { fill: var(--green); }
    svg .fill-complete { fill: #1d70b8; } svg .fill-not-rated { fill: #dcdcdc; } svg .fill-cost { fill: #28324a; } svg .fill-funding { fill: #8fb8de; }
    svg text { font-size: 12px; fill: var(--ink); } svg .track { stroke: var(--line); } svg .today { stroke: var(--red); stroke-dasharray: 4 3; }
    svg .caption { fill: var(--red); font-weight: 600; }
    .tag { font-size: 0.75rem; border: 1px solid var(--grey); padding: 0 4px; border-radius: 2px; color: var(--grey); }
    .id { color: var(--grey); font-size: 0.85rem; font-weight: 400; }
    dl.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; }
    dl.figures div { border-left: 4px solid var(--ink); padding: 4px 12px; } dl.figures dt { color: var(--grey); } dl.figures dd { margin: 0; font-size: 1.4rem; font-weight: 700; }
    dl.facts div { display: grid; grid-template-columns: 10em 1fr; gap: 12px; padding: 4px 0; border-bottom: 1px solid #eee; } dl.facts dd { margin: 0; }
    .message { border-left: 5px solid var(--red); padding: 8px 12px; background: #fdf2f2; }
    .problems { border: 3px solid var(--red); margin: 16px 24px; padding: 8px 16px; }
    td.note { white-space: pre-wrap; overflow-wrap: anywhere; } tr.voided td { color: var(--grey); text-decoration: line-through; } tr.voided td strong { text-decoration: none; }
    .signin input { font-size: 1rem; padding: 6px; width: 22em; max-width: 100%; border: 2px solid var(--ink); }
    button { font-size: 1rem; padding: 6px 14px; background: #00703c; color: #fff; border: 0; border-bottom: 2px solid #002d18; cursor: pointer; }
    header.site button { background: #fff; color: var(--ink); border-bottom-color: #888; padding: 2px 10px; }
    figure { margin: 8px 0 16px; overflow-x: auto; } figcaption { color: var(--grey); font-size: 0.9rem; }
    @media print { header.site nav, form.signout, .skip { display: none; } header.site { background: #fff; color: #000; } header.site a { color: #000; }
      @page { size: A4; margin: 15mm; } main { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; }
      .rag { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
    """
}
