<#-- The report as XHTML for the PDF renderer: self-contained, print styles inline (never served to browsers). -->
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang.code()}" dir="${lang.dir()}">
<head>
<meta charset="utf-8"/>
<title>${t("workshop.report.title", workshop.title())}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Report Sans", sans-serif; font-size: 10pt; color: #000; }
  h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #444; }
  table { border-collapse: collapse; margin: 6pt 0; } th, td { border: 1px solid #666; padding: 2pt 4pt; font-size: 8.5pt; }
  .meta { color: #333; } li { margin-bottom: 2pt; }
  html[dir="rtl"] body { direction: rtl; text-align: right; }
</style>
</head>
<body>
<h1>${t("workshop.report.title", workshop.title())}</h1>
<p class="meta">${t("workshop.report.lead", fmt.date(workshop.createdAt()), snapshot.participants())}</p>
<#list snapshot.activities() as a>
<#assign kind = a.activity().kind()?string>
<h2>${a.activity().position()}. ${a.activity().title()} (${t("workshop.kind." + kind)})</h2>
<#if a.activity().prompt()?has_content><p>${a.activity().prompt()}</p></#if>
<#if kind == "POLL" || kind == "RATING" || kind == "DOTS">
  <p>${t("workshop.respondents", a.respondents())}</p>
  <table><#list a.counts() as c><tr><td>${c.label()}</td><td>${t("workshop.count-percent", c.count(), c.percent())}</td></tr></#list></table>
<#elseif kind == "WORD_CLOUD">
  <p><#list a.words() as wd>${wd.label()} (${wd.count()})<#sep>, </#sep></#list></p>
<#elseif kind == "BREAKOUT">
  <#list a.groups() as gr>
    <h3>${t("workshop.group.name", gr.number())}</h3>
    <#list a.config().questionList() as q>
      <p><strong>${q}</strong></p>
      <ul><#list gr.answers()[q?index] as i><#if !i.hidden()><li>${i.text()}</li></#if></#list></ul>
    </#list>
  </#list>
<#elseif kind == "SDG_MATRIX">
  <#assign targets = matrixTargets[a.activity().id()?c]>
  <#assign m = a.matrix()>
  <table>
    <tr><th>${t("workshop.sdg.influences")}</th><#list targets as col><th>${col.code()}</th></#list><th>+</th><th>−</th></tr>
    <#list targets as row>
    <tr><th>${row.code()}</th><#list targets as col><#assign c = m.cell(row?index, col?index)><td><#if c.isScored()>${fmt.number(c.mean())} (±${fmt.number(c.spread())})<#if c.disagreement()> !</#if></#if></td></#list>
      <td>${fmt.number(m.rows()[row?index].positive())}</td><td>${fmt.number(m.rows()[row?index].negative())}</td></tr>
    </#list>
  </table>
  <p class="meta">${t("workshop.sdg.results-hint")}</p>
<#else>
  <ul><#list a.items() as i><#if !i.hidden() && i.mergedInto() == 0><li>${i.text()}<#if i.name()?has_content> – ${i.name()}</#if><#if kind == "IDEAS" || kind == "QA"> (${t("workshop.votes", i.votes())})</#if></li></#if></#list></ul>
</#if>
</#list>
</body>
</html>
