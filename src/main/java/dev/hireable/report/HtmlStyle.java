package dev.hireable.report;

/**
 * The HTML report's only stylesheet, inlined: system fonts, light and dark schemes, a narrow-screen layout (cards
 * instead of the matrix) and a print layout (verdict and slots on page 1, a page per repository).
 */
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
            .top{margin-bottom:16px}
            .eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);font-weight:600}
            .meta{margin:0;color:var(--muted)}
            .verdict{display:flex;gap:22px;align-items:center;background:var(--panel);border:1px solid var(--line);
            border-left:6px solid var(--line);border-radius:12px;padding:16px 22px;margin:0 0 18px}
            .verdict.met{border-left-color:var(--met)}.verdict.partial{border-left-color:var(--partial)}.verdict.empty{border-left-color:var(--empty)}
            .verdict p{margin:0}.verdict-text{flex:1;min-width:0}.headline{font-size:22px}.headline .pips{margin-left:10px}
            .score{font-size:15px;color:var(--muted)}.score strong{color:var(--ink);font-size:17px}.sentence{margin-top:6px!important}
            svg.gauge{flex:none}.gauge-track{fill:none;stroke:var(--track);stroke-width:12}
            .gauge-arc{fill:none;stroke-width:12;stroke-linecap:round}
            .gauge.met .gauge-arc{stroke:var(--met)}.gauge.partial .gauge-arc{stroke:var(--partial)}.gauge.empty .gauge-arc{stroke:var(--empty)}
            .gauge-value{font-size:36px;font-weight:700}.gauge.met .gauge-value{fill:var(--met)}.gauge.partial .gauge-value{fill:var(--partial)}
            .gauge.empty .gauge-value{fill:var(--empty)}
            .pips{display:inline-flex;gap:5px}.pip{width:14px;height:14px;border-radius:50%;border:2px solid var(--line);display:inline-block}
            .pip.met{background:var(--met);border-color:var(--met)}.pip.partial{border-color:var(--partial)}.pip.empty{border-color:var(--empty)}
            .panel{background:var(--panel);border:1px solid var(--line);border-radius:12px;padding:20px 22px;margin:0 0 18px}
            .chart{margin:0 0 14px}
            .timeline{display:grid;grid-template-columns:fit-content(40%) minmax(0,1fr);column-gap:14px;max-width:760px;font-size:13px}
            .tl-label{overflow-wrap:anywhere;line-height:20px}.tl-track,.tl-axis{position:relative;height:20px;margin:0 6px}
            .tl-grid{position:absolute;top:0;bottom:0;border-left:1px solid var(--line)}
            .tl-life{position:absolute;top:8px;height:4px;min-width:2px;border-radius:2px;background:var(--line)}
            .tl-dot{position:absolute;top:5px;width:10px;height:10px;margin-left:-5px;border-radius:50%}
            .tl-year{position:absolute;transform:translateX(-50%);font-size:12px;color:var(--muted)}
            .distribution{display:grid;grid-template-columns:max-content minmax(0,1fr) max-content;gap:8px 12px;align-items:center;max-width:640px}
            .dist-track{height:18px;background:var(--track);border-radius:4px}.dist-bar{display:block;height:100%;border-radius:4px}
            .dist-bar.met{background:var(--met)}.dist-bar.partial{background:var(--partial)}.dist-bar.empty{background:var(--empty)}
            .bar-track{fill:var(--track)}.bar.met{fill:var(--met)}.bar.partial{fill:var(--partial)}.bar.empty{fill:var(--empty)}
            .meter{vertical-align:middle}
            .slots{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:14px}
            .slot{border:1px solid var(--line);border-top:4px solid var(--line);border-radius:10px;padding:14px 16px}
            .slot.met{border-top-color:var(--met)}.slot.partial{border-top-color:var(--partial)}.slot.empty{border-top-color:var(--empty)}
            .slot p{margin:4px 0}.slot .repo{font-weight:600;overflow-wrap:anywhere}.fit{display:flex;align-items:center;gap:8px}
            .missing{font-size:13px}.missing span{color:var(--empty);font-weight:600}
            .note{font-size:13px;color:var(--ink);background:var(--partial-bg);border-radius:6px;padding:6px 8px}
            .evidence-heading{font-size:12px;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;margin-top:10px!important}
            .pill{display:inline-block;font-size:11.5px;font-weight:600;border-radius:999px;padding:1px 8px;vertical-align:middle;
            white-space:nowrap}
            .pill.met,.pill.pass{color:var(--met);background:var(--met-bg)}
            .pill.partial,.pill.unknown{color:var(--partial);background:var(--partial-bg)}
            .pill.empty,.pill.fail{color:var(--empty);background:var(--empty-bg)}
            .pill.not_applicable,.pill.neutral{color:var(--muted);background:var(--track)}
            ul.evidence{margin:4px 0 0;padding-left:18px;font-size:13px}ul.evidence li{margin:3px 0}
            .links{display:block;font-size:12.5px;color:var(--muted)}.link{margin-right:10px}
            .snippet{margin-left:4px}
            ol.steps{margin:0;padding-left:22px}ol.steps li{margin:0 0 10px}ol.steps p{margin:0}.effect{margin-top:3px!important}
            .effect .pill{white-space:normal}
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
            .matrix .cell.y span{color:var(--met);font-weight:700}.matrix .cell.n span{color:var(--empty);opacity:.75}.matrix .cell.u span{color:var(--partial)}
            .matrix tbody tr:hover{background:var(--bg)}
            .tag{font-size:11px;font-weight:500;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px}
            ul.red-flags{margin:6px 0;padding-left:18px;font-size:13px;color:var(--empty)}.repo-name{white-space:nowrap}
            .legend{font-size:12px;color:var(--muted);margin:8px 0 0}
            .dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin:0 3px 0 8px}
            .created{background:var(--accent)}
            .pushed{background:var(--met)}
            ul.notes{margin:0 0 12px;padding-left:18px}
            details{margin:6px 0}summary{cursor:pointer;font-weight:600;font-size:14px}
            .section-title{margin:24px 0 12px}
            .repo-card{border-left:6px solid var(--line)}.repo-card.met{border-left-color:var(--met)}
            .repo-card.partial{border-left-color:var(--partial)}.repo-card.empty{border-left-color:var(--empty)}
            .repo-card header{display:flex;justify-content:space-between;align-items:baseline;gap:12px;flex-wrap:wrap}
            .repo-card h3{font-size:17px;margin:0;overflow-wrap:anywhere}.repo-score{margin:0;color:var(--muted)}
            .repo-score strong{color:var(--ink);font-size:17px}.place{margin:2px 0 6px;font-weight:600}
            .description{color:var(--muted);margin:4px 0}
            ul.checks{list-style:none;margin:8px 0;padding:0;display:none;flex-wrap:wrap;gap:4px}
            ul.checks li{font-size:12px;border-radius:6px;padding:1px 7px;background:var(--track)}
            ul.checks li.y{color:var(--met);background:var(--met-bg)}ul.checks li.n{color:var(--empty);background:var(--empty-bg)}
            ul.checks li.u{color:var(--partial);background:var(--partial-bg)}ul.checks small{color:var(--muted);font-size:inherit}
            ul.findings{list-style:none;margin:6px 0 0;padding:0;font-size:13.5px}
            ul.findings li{padding:6px 0;border-bottom:1px solid var(--line)}ul.findings li:last-child{border-bottom:0}
            code.rule{font-size:11px;color:var(--muted);background:none;padding:0}
            .fix{margin:4px 0 0;font-size:12.5px;color:var(--muted)}.fix::before{content:"→ "}
            footer{color:var(--muted);font-size:12px;text-align:center;margin-top:26px}
            th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
            th button:hover{color:var(--accent)}th[aria-sort=ascending] button::after{content:" ▲"}
            th[aria-sort=descending] button::after{content:" ▼"}
            @media screen and (max-width:720px){
            main{padding:16px 12px}h1{font-size:22px}
            .verdict{padding:14px;gap:14px;align-items:flex-start}svg.gauge{width:84px;height:84px}.headline{font-size:19px}
            .panel{padding:14px}
            .wide-only{display:none}ul.checks{display:flex}
            h2 .aside{display:block;margin:2px 0 0}
            .timeline{grid-template-columns:minmax(0,1fr)}.tl-label{line-height:1.3;margin-top:4px}
            }
            @media print{
            :root{--bg:#fff;--panel:#fff;--ink:#000;--muted:#444;--line:#bbb;--track:#eee}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            @page{size:A4;margin:12mm}
            body{font-size:9.5pt;line-height:1.35;background:#fff}main{max-width:none;padding:0}
            h1{font-size:18pt}h2{font-size:12pt;margin-bottom:6px}
            .panel{padding:8px 10px;margin-bottom:8px;border-radius:6px}
            .verdict{padding:8px 12px;margin-bottom:8px}svg.gauge{width:80px;height:80px}.headline{font-size:14pt}
            .panel,.slot,.verdict{break-inside:avoid;border-color:#bbb}
            .slots{grid-template-columns:repeat(3,1fr);gap:8px}.slot{padding:8px 10px}.slot .evidence-block{display:none}
            #slots,#next-steps,#red-flags{break-inside:avoid}
            #questions{break-inside:auto}.questions li,.matrix tr{break-inside:avoid}
            .repo-card{break-before:page;break-inside:auto;border-width:1px 1px 1px 6px}
            .section-title{display:none}
            details::details-content{content-visibility:visible;display:block}
            summary{list-style:none;font-size:10pt}summary::-webkit-details-marker{display:none}
            ul.findings{font-size:8pt;line-height:1.3}ul.findings li{padding:1px 0;break-inside:avoid;border:0}
            .fix{font-size:7.5pt;margin:0 0 0 4px;display:inline}.links{display:inline;font-size:7.5pt;margin-left:4px}.link{margin-right:6px}
            code.rule,.passes .snippet,.gaps .snippet{display:none}.pill{font-size:7pt;padding:0 5px}
            .passes ul.findings{columns:2;column-gap:16px}ul.checks{display:flex}ul.checks li{font-size:7.5pt;padding:0 5px}
            thead th{position:static}.scroll{overflow:visible}.matrix{font-size:8pt}.matrix th,.matrix td{padding:3px 2px}
            a{color:#000;text-decoration:underline}
            }
            """;

    private HtmlStyle() {}
}
