package dev.hireable.report;

/** The HTML report's only stylesheet, inlined: system fonts, light and dark schemes, and a print layout. */
final class HtmlStyle {

    static final String CSS = """
            :root{--bg:#f6f8fa;--panel:#fff;--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--accent:#0969da;
            --met:#1a7f37;--met-bg:#dafbe1;--partial:#9a6700;--partial-bg:#fff8c5;--empty:#cf222e;--empty-bg:#ffebe9;
            --track:#eaeef2;--q:#8250df;--q-bg:#fbefff}
            @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--panel:#161b22;--ink:#e6edf3;--muted:#8d96a0;--line:#30363d;
            --accent:#4493f8;--met:#3fb950;--met-bg:#12261e;--partial:#d29922;--partial-bg:#272115;--empty:#f85149;
            --empty-bg:#2d1517;--track:#21262d;--q:#bc8cff;--q-bg:#221a33}}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",
            "Noto Sans",Helvetica,Arial,sans-serif}
            main{max-width:1120px;margin:0 auto;padding:28px 24px 40px}
            a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
            code{font:12.5px/1.4 ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;
            background:var(--track);border-radius:4px;padding:1px 5px;overflow-wrap:anywhere}
            h1{font-size:28px;line-height:1.2;margin:2px 0 4px;overflow-wrap:anywhere}
            h2{font-size:18px;margin:0 0 14px}h3{font-size:15px;margin:0 0 6px}
            .aside{font-size:13px;font-weight:400;color:var(--muted);margin-left:6px}
            .muted{color:var(--muted)}.warn{color:var(--empty);font-weight:600}
            .top{display:flex;flex-wrap:wrap;gap:20px;align-items:center;justify-content:space-between;margin-bottom:20px}
            .eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);font-weight:600}
            .meta{margin:0;color:var(--muted)}
            .verdict{display:flex;gap:18px;align-items:center;background:var(--panel);border:1px solid var(--line);
            border-radius:12px;padding:14px 22px 14px 14px;max-width:560px}
            .verdict p{margin:0}.headline{font-size:20px}.score{font-size:15px;display:flex;align-items:center;gap:8px}
            .score span{color:var(--muted)}.score strong{color:var(--ink);font-size:18px}.sentence{color:var(--muted);margin-top:4px!important;max-width:360px}
            .ring-track{fill:none;stroke:var(--track);stroke-width:12}
            .ring-seg{fill:none;stroke-width:12;stroke-linecap:round}.ring-seg.on{stroke:var(--met)}.ring-seg.off{stroke:var(--line)}
            .ring-value{font-size:30px;font-weight:700;fill:var(--ink)}.ring-label{font-size:11px;fill:var(--muted)}
            .panel{background:var(--panel);border:1px solid var(--line);border-radius:12px;padding:20px 22px;margin:0 0 18px}
            .chart{margin:0 0 14px}svg.bars,svg.timeline{display:block;width:100%;max-width:680px;height:auto}
            .grid{stroke:var(--line);stroke-width:1}.tick{font-size:10px;fill:var(--muted)}
            .bar-label{font-size:13px;fill:var(--ink)}.bar-label.small{font-size:11px}
            .bar-track{fill:var(--track)}.bar-value{font-size:12px;fill:var(--ink);font-weight:600}
            .bar.met{fill:var(--met)}.bar.partial{fill:var(--partial)}.bar.empty{fill:var(--empty)}
            .meter{vertical-align:middle}
            .slots{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:14px}
            .slot{border:1px solid var(--line);border-top:4px solid var(--line);border-radius:10px;padding:14px 16px}
            .slot.met{border-top-color:var(--met)}.slot.partial{border-top-color:var(--partial)}.slot.empty{border-top-color:var(--empty)}
            .slot p{margin:4px 0}.slot .repo{font-weight:600;overflow-wrap:anywhere}.fit{display:flex;align-items:center;gap:8px}
            .missing{font-size:13px}.missing span{color:var(--empty);font-weight:600}
            .pill{display:inline-block;font-size:11.5px;font-weight:600;border-radius:999px;padding:1px 8px;vertical-align:middle;
            white-space:nowrap}
            .pill.met,.pill.pass{color:var(--met);background:var(--met-bg)}
            .pill.partial,.pill.unknown{color:var(--partial);background:var(--partial-bg)}
            .pill.empty,.pill.fail{color:var(--empty);background:var(--empty-bg)}
            .pill.not_applicable{color:var(--muted);background:var(--track)}
            ul.evidence{margin:8px 0 0;padding-left:18px;font-size:13px}ul.evidence li{margin:3px 0}
            .links{display:block;font-size:12.5px;color:var(--muted)}.links a{margin-right:6px}
            .snippet{margin-right:8px}
            .flags{border-left:4px solid var(--empty)}.flags ul{margin:0;padding-left:18px}
            .questions{border-left:4px solid var(--q);background:linear-gradient(var(--q-bg),var(--q-bg)) left top/100% 4px no-repeat,var(--panel)}
            .questions ol{margin:0;padding-left:22px}.questions li{margin:0 0 10px}.questions p{margin:0}
            .cite{font-size:12.5px;color:var(--muted)}
            table{border-collapse:collapse;width:100%;font-size:13.5px}
            th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
            .matrix th,.matrix td{padding:6px 5px}
            thead th{font-size:12px;color:var(--muted);font-weight:600;white-space:nowrap;position:sticky;top:0;background:var(--panel)}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .scroll{overflow-x:auto}
            .matrix th[scope=row]{font-weight:600;white-space:nowrap}
            .matrix .cell{text-align:center;min-width:40px}.matrix thead th{white-space:normal;text-align:center;font-size:11.5px}.matrix thead th:first-child{text-align:left}.matrix .cell small{display:block;font-size:10.5px;color:var(--muted)}
            .matrix .cell.y span{color:var(--met);font-weight:700}.matrix .cell.n span{color:var(--empty);opacity:.75}
            .matrix tbody tr:hover{background:var(--bg)}
            .tag{font-size:11px;font-weight:500;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px}
            ul.red-flags{margin:0;padding-left:16px;font-size:12.5px;color:var(--empty)}.repo-name{white-space:nowrap}
            .legend{font-size:12px;color:var(--muted);margin:8px 0 0}
            .dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin:0 3px 0 8px}
            .dot.created,circle.created{background:var(--accent);fill:var(--accent)}
            .dot.pushed,circle.pushed{background:var(--met);fill:var(--met)}
            .life{stroke:var(--line);stroke-width:4;stroke-linecap:round}
            ul.notes{margin:0 0 12px;padding-left:18px}
            details{margin:6px 0}summary{cursor:pointer}
            .repo-details{border:1px solid var(--line);border-radius:8px;padding:8px 12px}
            .repo-details summary .name{font-weight:600}.repo-details summary .count{float:right;color:var(--muted);font-size:13px}
            .repo-details table{margin-top:8px}.description{color:var(--muted);margin:6px 0}
            .findings td:first-child{width:1%}.findings td:nth-child(2){width:1%;white-space:nowrap}
            .fix{margin:4px 0 0;font-size:12.5px;color:var(--muted)}.fix::before{content:"→ "}
            .steps td:first-child,.steps th:first-child{width:1%}.steps td:nth-child(2){white-space:nowrap}
            footer{color:var(--muted);font-size:12px;text-align:center;margin-top:26px}
            @media (max-width:640px){main{padding:16px 12px}.verdict{max-width:none;width:100%}}
            @media print{
            :root{--bg:#fff;--panel:#fff;--ink:#000;--muted:#444;--line:#bbb;--track:#eee}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            @page{margin:14mm}
            body{font-size:11pt;background:#fff}main{max-width:none;padding:0}
            .panel,.slot,.verdict,.repo-details{break-inside:avoid;border-color:#bbb}
            .panel{padding:10px 12px;margin-bottom:10px}#repositories .panel,#repositories{break-inside:auto}
            details::details-content{content-visibility:visible;display:block}
            summary{list-style:none}
            thead th{position:static}.scroll{overflow:visible}
            a{color:#000;text-decoration:underline}
            }
            """;

    private HtmlStyle() {
    }
}
