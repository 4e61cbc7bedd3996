/**
 * The page's CSS, inlined in every page (about 4 KB: one round trip less on a slow phone).
 * Mobile first; colours meet WCAG AA contrast; print hides navigation and controls.
 */
export const STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.65 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1a1a1a;background:#f6f5f2;overflow-wrap:anywhere}
a{color:#0b4f9c}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.site-header a:focus-visible{outline-color:#fff}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
.site-header{background:#9b1c1c;color:#fff}
.site-header .bar{max-width:60rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
.brand{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}
.tagline{font-size:.85rem;opacity:.95}
.site-nav{display:flex;gap:.5rem;margin-left:auto}
.site-nav a{color:#fff;text-decoration:none;padding:0 .25rem;font-weight:600;display:inline-flex;align-items:center;min-height:44px}
.site-nav a[aria-current=page]{border-bottom:2px solid #fff}
main{outline:0;max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;line-height:1.35;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid #ddd8cf;border-radius:8px;padding:1rem;margin:0 0 1rem}
.search{display:flex;gap:.5rem;flex-wrap:wrap}
.search label{flex-basis:100%;font-weight:600}
.search h1{flex-basis:100%;font-size:1rem;margin:0}
input,textarea,select{font:inherit;color:inherit;border:1px solid #767676;border-radius:6px;padding:.5rem .6rem;background:#fff;min-width:0}
.search input{flex:1 1 12rem}
[hidden]{display:none!important}
button,.button{font:inherit;font-weight:600;border:0;border-radius:6px;padding:.55rem 1.1rem;background:#9b1c1c;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#9b1c1c;border:2px solid #9b1c1c}
.hits{list-style:none;padding:0;margin:0}
.hits li{background:#fff;border:1px solid #ddd8cf;border-radius:8px;padding:.75rem 1rem;margin:0 0 .75rem}
.hits a{font-weight:600;font-size:1.05rem;display:block;min-height:44px;padding:.35rem 0}
.hits.cards li{padding:0}.hits.cards a{padding:.6rem 1rem}
.estimate .amount{font-size:1.8rem;margin:0}.estimate .button{min-height:44px}.chat-link{display:inline-flex;align-items:center;min-height:44px;padding:0 .5rem}.alts{margin:.25rem 0;padding-left:1.1rem}
.groups li a{display:inline-flex;align-items:center;min-height:44px}
button,.button{min-height:44px}
.hits p{margin:.25rem 0 0;color:#333}
.tag{display:inline-block;font-size:.8rem;background:#eef2f7;color:#1d3b5c;border-radius:4px;padding:0 .4rem;margin-top:.25rem}
.note{background:#fff8e1;border-left:4px solid #b07d00;padding:.5rem .75rem;margin:.5rem 0}
.error{background:#fdecea;border-left:4px solid #b3261e;padding:.5rem .75rem;margin:.5rem 0;color:#5f1410}
.groups{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))}
.groups section{background:#fff;border:1px solid #ddd8cf;border-radius:8px;padding:.5rem 1rem}
.groups h3{font-size:1rem;margin:.25rem 0}
.groups ul{margin:0;padding-left:1.1rem}
.hotlines{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem}
.hotlines a{display:block;background:#fff;border:2px solid #9b1c1c;border-radius:8px;padding:.4rem .8rem;text-decoration:none;color:#1a1a1a}
.hotlines strong{color:#9b1c1c;font-size:1.2rem;margin-right:.4rem}
.meta{color:#444;font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 1rem;padding:0;list-style:none}
.summary{font-size:1.05rem}
.basis li{margin-bottom:.5rem}
.arts{display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin-top:.25rem}.art{padding:.5rem 0}
#chat-log{display:grid;gap:.75rem;margin:0 0 1rem}
.msg{border-radius:8px;padding:.5rem .9rem;border:1px solid #ddd8cf;background:#fff}
.msg.me{background:#eef2f7;border-color:#b9c6d6;margin-left:15%}.msg.bot{margin-right:5%}
.msg .who{font-size:.8rem;color:#444;margin:0}.msg .said{white-space:pre-wrap;margin:.25rem 0}
.msg h3{font-size:1.05rem;margin:.25rem 0}.msg-body p{white-space:pre-wrap;margin:.35rem 0}.msg-body ul,.msg-body ol{margin:.25rem 0;padding-left:1.2rem}
.msg .label{font-weight:600;margin-bottom:0}.amount-line{font-size:1.3rem;font-weight:700;color:#9b1c1c}
.choices{display:flex;flex-wrap:wrap;gap:.5rem}
.chat-form{display:grid;gap:.5rem}.chat-form label{font-weight:600}.chat-form textarea{width:100%}
details.statute summary{cursor:pointer;min-height:44px;display:flex;align-items:center;padding:0 .6rem;border:1px solid #b9c6d6;border-radius:6px;background:#eef2f7;color:#0b4f9c;font-weight:600}
details.statute summary::before{content:'▸';margin-right:.3rem}details.statute[open] summary::before{content:'▾'}
details.statute[open]{flex-basis:100%}details.statute[open] summary{display:inline-flex}
details.statute blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:4px solid #0b4f9c;background:#fff}details.statute blockquote p{margin:.35rem 0}
cite{font-style:normal;font-weight:600}
.small{font-size:.85rem;color:#444}
.copy textarea{width:100%;min-height:8rem;font-size:.9rem;line-height:1.5}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.status{min-height:1.5em;color:#1b5e20;font-weight:600}
.calc-form{display:grid;gap:.75rem}
.field{display:grid;gap:.2rem}
.field label{font-weight:600}
.field .req{color:#9b1c1c;font-size:.8rem;font-weight:400;margin-left:.25rem}
.field.check{grid-template-columns:auto 1fr;align-items:center;gap:.5rem}
.field.check input{width:1.25rem;height:1.25rem}
details.more{border:1px dashed #aaa;border-radius:6px;padding:.5rem .75rem}
details.more summary{cursor:pointer;font-weight:600}
.amount{font-size:1.6rem;font-weight:700;color:#9b1c1c;margin:.25rem 0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #ddd8cf;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1efe9;white-space:nowrap}
td.num{white-space:nowrap;text-align:right}
input[aria-invalid=true]{border:2px solid #b3261e;background:#fdecea}
.card>h2:first-child,.card>section:first-child>h2{margin-top:0}
.groups li{padding:0}
.facts-edit{border:1px solid #ddd8cf;border-radius:8px;margin:.75rem 0;padding:.5rem 1rem 1rem;display:grid;gap:.6rem}.facts-edit legend{font-weight:600;padding:0 .25rem}
.facts{margin:0}.facts div{display:flex;flex-wrap:wrap;gap:0 .75rem;border-bottom:1px dotted #ccc;padding:.2rem 0}.facts dt{font-weight:600}.facts dd{margin:0}
.site-footer{max-width:60rem;margin:0 auto;padding:1rem;color:#444;font-size:.85rem}
@media (max-width:39.99rem){table.stack thead{display:none}table.stack tr{display:block;border:1px solid #ddd8cf;margin-bottom:.5rem}table.stack th,table.stack td{display:block;border:0;white-space:normal}table.stack td::before{content:attr(data-label) "：";color:#444}}
@media (min-width:40rem){h1{font-size:1.6rem}.calc-form{grid-template-columns:1fr 1fr}.calc-form .wide{grid-column:1/-1}}
@media print{
  body{background:#fff;font-size:12pt}
  .site-header,.site-nav,.search,.no-print,.copy,.site-footer .hotlines,button{display:none!important}
  .card{border:0;padding:0}
  a{color:#000;text-decoration:none}
  main{max-width:none;padding:0}
}
`
