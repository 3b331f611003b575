namespace JuneBudget.Rendering.Html;

/// <summary>
/// The inline style sheet: system fonts only (no downloads), readable on a phone (tables scroll
/// sideways), and a print layout close to the Word file: A4 with 公文 margins, 仿宋 body, each
/// 第X部分 on a new page, wide tables on landscape pages, header rows repeated, rows kept whole.
/// </summary>
internal static class HtmlStyleSheet
{
    public const string Css = """
:root{--ink:#1a1a1a;--rule:#555;--muted:#666;--mark:#fff176;--flag:#c62828}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:17px/1.9 "FangSong_GB2312","仿宋_GB2312","FangSong","仿宋","STFangsong","Songti SC","SimSun","Noto Serif CJK SC",serif}
.page{max-width:52em;margin:0 auto;padding:1.5em 1.2em 4em}
.doc-title{font:700 1.7em/1.5 "方正小标宋简体","FZXiaoBiaoSong-B05S","SimSun","宋体","Songti SC","Noto Serif CJK SC",serif;text-align:center;margin:1em 0 1.2em}
h1,h2,h3,h4,.toc-title{font-family:"SimHei","黑体","Heiti SC","Noto Sans CJK SC",sans-serif;font-weight:400;line-height:1.6}
h1{font-size:1.25em;text-align:center;margin:2em 0 1em}
h2{font-size:1.1em;margin:1.4em 0 .5em;text-indent:2em}
h3{font-size:1.05em;margin:1em 0 .4em;text-indent:2em;font-family:"KaiTi_GB2312","楷体_GB2312","KaiTi","楷体","STKaiti",serif}
h4{font-size:1em;margin:.8em 0 .3em;text-indent:2em;font-weight:700}
p{margin:0 0 .3em;text-indent:2em;text-align:justify}
li p,td p,th p{text-indent:0}
.notice{border:2px solid var(--flag);color:var(--flag);font-weight:700;text-align:center;text-indent:0;padding:.5em;margin:1em 0}
.toc{margin:1em 0 2em}
.toc-title{font-size:1.25em;text-align:center;margin:0 0 .5em}
.toc ol{list-style:none;margin:0;padding:0}
.toc li{margin:.1em 0}
.toc .toc-2{padding-left:2em}.toc .toc-3{padding-left:4em}
a{color:#0b57a4}
mark.placeholder{background:var(--mark);color:inherit;padding:0 .1em}
.table-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5em 0 1.5em;max-width:100%}
table{border-collapse:collapse;font-size:14px;line-height:1.5;min-width:100%}
th,td{border:1px solid var(--rule);padding:.25em .45em;vertical-align:middle}
th{font-weight:400;font-family:"SimHei","黑体","Heiti SC","Noto Sans CJK SC",sans-serif;background:#f2f2f2;text-align:center}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.center{text-align:center}
figure.grid{margin:1.5em 0}
figure.grid .grid-table{min-width:40em}
figure.grid.landscape .grid-table{min-width:60em}
.grid-head{display:block;font-size:14px}
.grid-title{display:block;text-align:center;font:700 1.3em/1.6 "方正小标宋简体","SimSun","宋体","Songti SC","Noto Serif CJK SC",serif}
.grid-code{display:block;text-align:right}
.grid-meta{display:flex;justify-content:space-between;gap:1em}
.page-break{display:none}
.findings{border:1px solid #bbb;background:#fafafa;padding:.5em 1em;margin:1em 0;font-size:15px;line-height:1.6}
.findings h2{text-indent:0;margin:.3em 0}
.findings li{margin:.3em 0}
.findings .rule{font-family:monospace;margin-right:.5em}
.sev-Error{color:var(--flag)}
.sourced{border-bottom:1px dotted #1565c0;cursor:help}
.flagged{background:#fdecea;outline:2px solid var(--flag)}
:target{outline:3px solid #1565c0}
@media (max-width:40em){body{font-size:16px}.page{padding:1em .6em 3em}}
@page{size:A4;margin:37mm 26mm 35mm 28mm}
@page wide{size:A4 landscape;margin:28mm 26mm 26mm 28mm}
@media print{
body{font-size:16pt;line-height:28pt}
.page{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
.toc{break-after:page}
h1{break-before:page}
h1,h2,h3,h4{break-after:avoid}
/* The break goes on the next element: an empty box between a landscape table and a portrait page would print a blank page. */
.page-break+*{break-before:page}
.table-scroll{overflow:visible}
table{font-size:10.5pt;line-height:1.4}
figure.grid .grid-table{min-width:0}
figure.grid.landscape{page:wide}
/* Headings right before a landscape table go on its page, as in the Word file. */
:is(h1,h2,h3):has(+figure.grid.landscape),h1:has(+h2+figure.grid.landscape){page:wide}
figure.grid.form{break-inside:avoid}
figure.grid.form table{font-size:9pt;line-height:1.3}
thead{display:table-header-group}
tr,figcaption{break-inside:avoid}
figcaption{break-after:avoid}
.findings,.sourced{border:0}
}
""";
}
