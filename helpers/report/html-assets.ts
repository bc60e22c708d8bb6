// The HTML report's style and script, inline: the report is one static file, opened from a CI
// artefact or a disk, with no external asset to fetch.

// Every text colour passes WCAG AA (4.5:1) on the backgrounds it sits on: html-contrast.test.ts
// computes it from this sheet, so a colour change that breaks it fails.
// Fixed layout: the check columns have fixed widths and the path wraps anywhere, so a long path
// never pushes a check column off the right edge (no horizontal scroll at 1,280 px and up).
export const REPORT_STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
header{padding:16px 24px 4px}
h1{font-size:22px;margin:0 0 2px}
h2{font-size:17px;margin:0}
.run{color:#59636e;margin:0 0 12px;font-size:13px}
.expect{display:block;font-size:13px;color:#59636e;margin-top:2px}
.class{display:block;font-size:12px;color:#59636e;margin-top:2px;overflow-wrap:anywhere}
.exp{display:inline-block;font-size:11px;font-weight:600;border-radius:10px;padding:0 7px;margin-left:4px}
.exp.unexpected{background:#ffebe9;color:#d1242f}.exp.expected{background:#eef1f4;color:#59636e}.exp.fixed{background:#dafbe1;color:#1a7f37}
.verdict{font-size:16px;margin:0 0 10px}
.overview{display:flex;gap:28px;flex-wrap:wrap;align-items:flex-start;margin-bottom:10px}
.tiles{display:flex;gap:10px;flex-wrap:wrap}
.tile{border:1px solid #d1d9e0;border-radius:6px;padding:6px 14px;min-width:104px;font-size:13px;color:#59636e;background:#f6f8fa}
.tile b{display:block;font-size:22px;line-height:1.2;color:#1f2328}
.tile.failed.some{background:#ffebe9;border-color:#ff8182}.tile.failed.some b{color:#d1242f}
.tile.error.some{background:#fff1e5;border-color:#fb8f44}.tile.error.some b{color:#bc4c00}
.tile.passed b{color:#1a7f37}
.tile.fixed.some{background:#dafbe1;border-color:#4ac26b}.tile.expected b{color:#59636e}
table.counts{border-collapse:collapse;font-size:12.5px}
table.counts td,table.counts th{border:1px solid #d1d9e0;padding:1px 10px;text-align:right}
table.counts th{background:#f6f8fa;font-weight:600}
table.counts th:first-child,table.counts td:first-child{text-align:left;color:#59636e}
table.counts td.zero{color:#656d76}
table.counts td.n.failed{color:#d1242f;font-weight:600}table.counts td.n.error{color:#bc4c00;font-weight:600}table.counts td.n.expected{color:#59636e}
.notes{margin:0 0 10px;padding-left:20px}
.notes li{margin:2px 0}
.bar{position:sticky;top:0;z-index:3;display:flex;flex-wrap:wrap;gap:14px;align-items:center;padding:8px 24px;background:#f6f8fa;border-top:1px solid #d1d9e0;border-bottom:1px solid #d1d9e0}
.bar label{font-size:13px;color:#59636e}
.bar select,.bar input{font:inherit;padding:3px 6px;border:1px solid #d1d9e0;border-radius:6px;background:#fff}
.bar input{width:340px}
#shown{font-size:13px;color:#59636e}
main{padding:8px 24px 32px}
details.group{margin:12px 0;border:1px solid #d1d9e0;border-radius:6px}
details.group>summary{cursor:pointer;padding:8px 12px;background:#f6f8fa;border-radius:6px}
details.group[open]>summary{border-bottom:1px solid #d1d9e0;border-radius:6px 6px 0 0}
details.group>summary h2{display:inline}
.match{color:#59636e;font-size:13px;margin-left:6px}
details.failed>summary{background:#ffebe9}
details.error>summary{background:#fff1e5}
table.paths{width:100%;table-layout:fixed;border-collapse:collapse}
table.paths col.http{width:52px}table.paths col.check{width:62px}table.paths col.retries{width:62px}table.paths col.contract{width:34%}
table.paths th{position:sticky;top:45px;z-index:2;background:#eef1f4;text-align:left;font-size:12px;font-weight:600;padding:4px 6px;border-bottom:1px solid #d1d9e0}
table.paths th.num{text-align:center}
table.paths td{padding:4px 6px;vertical-align:top;border-top:1px solid #e6eaef}
.res{font-weight:600;overflow-wrap:anywhere}
.ver{display:inline-block;font-size:11px;font-weight:600;border-radius:10px;padding:0 7px;margin-left:6px;background:#ddf4ff;color:#0969da;vertical-align:1px}
.ver.beta{background:#fbefff;color:#8250df}
.relaxed{display:inline-block;font-size:11px;border-radius:10px;padding:0 7px;margin-left:6px;background:#fff8c5;color:#7d4e00;text-decoration:none}
section.extra li:target{background:#fff8c5}
.file{display:block;color:#59636e;font-size:12px;overflow-wrap:anywhere}
td.path code{font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere;word-break:break-word}
td.http{text-align:center;color:#59636e}
td.cell{text-align:center;font-size:12px;font-weight:600}
td.cell.passed{color:#1a7f37}
td.cell.failed{background:#ffebe9;color:#d1242f}
td.cell.error{background:#fff1e5;color:#bc4c00}
td.cell.skipped{color:#656d76;font-weight:400}
td.cell.none{color:#656d76;font-weight:400}
td.retries{text-align:center;color:#59636e}
tr.why td{border-top:0;padding:0 6px 8px 18px;font-size:12.5px;color:#1f2328}
tr.why ul{margin:0;padding-left:16px}
tr.why li{overflow-wrap:anywhere}
tr.why code{font-size:12px;background:#f6f8fa;border-radius:4px;padding:0 3px}
.loc{color:#59636e;white-space:nowrap}.loc a{color:#0969da}
.loc .copy code{user-select:all;cursor:text}
.sent{color:#d1242f}.received{color:#1a7f37}
section.extra,details.extra{margin:18px 0}
details.extra>summary{cursor:pointer}details.extra>summary h2{display:inline}
.tally{color:#59636e;font-size:13px;margin-left:6px}
.extra ul{padding-left:20px}
.extra li{overflow-wrap:anywhere;margin:2px 0}
.empty{color:#59636e;font-style:italic;margin:8px 12px}
#model-check table{width:100%;table-layout:fixed;border-collapse:collapse;font-size:12.5px}
#model-check col.loc{width:30%}#model-check col.code{width:20%}#model-check col.sev{width:70px}
#model-check th{text-align:left;background:#eef1f4;padding:3px 6px}
#model-check td{padding:3px 6px;vertical-align:top;border-top:1px solid #e6eaef;overflow-wrap:anywhere;word-break:break-word}
section.extra p{overflow-wrap:anywhere}
`;

// Rows carry their outcome, the checks that did not pass and their text; the filter shows the
// rows that match all three and opens every group holding one, so a failure is never hidden in a
// collapsed group.
export const REPORT_SCRIPT = `
(function(){
  var outcome=document.getElementById('outcome'),check=document.getElementById('check'),text=document.getElementById('text'),shown=document.getElementById('shown');
  var rows=[].slice.call(document.querySelectorAll('tbody.row'));
  rows.forEach(function(r){r._text=r.textContent.toLowerCase();});
  var groups=[].slice.call(document.querySelectorAll('details.group'));
  groups.forEach(function(g){g._wasOpen=g.open;});
  // The model check's findings answer the text filter too; their section opens on a match.
  var model=document.getElementById('model-check'),findings=[].slice.call(document.querySelectorAll('tr.finding'));
  findings.forEach(function(f){f._text=f.textContent.toLowerCase();});
  if(model)model._wasOpen=model.open;
  function apply(){
    var o=outcome.value,c=check.value,q=text.value.trim().toLowerCase(),n=0,active=o||c||q;
    rows.forEach(function(r){
      var ok=(!o||r.dataset.outcome===o||(o==='failed'&&r.dataset.outcome==='error'))&&(!c||(' '+r.dataset.bad+' ').indexOf(' '+c+' ')>=0)&&(!q||r._text.indexOf(q)>=0);
      r.hidden=!ok;if(ok)n++;
    });
    groups.forEach(function(g){
      var matched=g.querySelectorAll('tbody.row:not([hidden])').length;
      g.hidden=!matched;g.open=active?matched>0:g._wasOpen;
      g.querySelector('.match').textContent=active?matched+' match':'';
    });
    shown.textContent=active?n+' of '+rows.length+' paths match':rows.length+' paths';
    var f=0;
    findings.forEach(function(r){var ok=!q||r._text.indexOf(q)>=0;r.hidden=!ok;if(ok)f++;});
    if(model){model.open=q?f>0:model._wasOpen;model.querySelector('.match').textContent=q?f+' of '+findings.length+' findings match':'';}
  }
  // The filter lives in the URL's fragment (#outcome=failed&check=echo&text=...), so a filtered
  // view can be linked to and reloaded.
  var start=new URLSearchParams(location.hash.slice(1));
  outcome.value=start.get('outcome')||'';check.value=start.get('check')||'';text.value=start.get('text')||'';
  function changed(){
    var p=new URLSearchParams();
    if(outcome.value)p.set('outcome',outcome.value);if(check.value)p.set('check',check.value);if(text.value)p.set('text',text.value);
    history.replaceState(null,'',p.toString()?'#'+p.toString():location.pathname+location.search);
    apply();
  }
  [outcome,check].forEach(function(e){e.addEventListener('change',changed);});
  text.addEventListener('input',changed);
  apply();
})();
`;
