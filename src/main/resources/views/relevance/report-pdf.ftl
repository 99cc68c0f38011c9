<#-- A round's result as XHTML for the PDF renderer, in the platform's print layout (never served to browsers). -->
<#import "../platform/pdf.ftl" as pdf>
<#import "parts.ftl" as r>
<#assign round = result.round()>
<@pdf.document title=t("relevance.result.page-title", round.title(), round.year()?c) landscape=true
    style=".p3 { background: #a6dbb6; } .p2 { background: #c8e9d2; } .p1 { background: #e6f4ea; }">
<p>${t("relevance.result.lead")}</p>
<h2>${t("relevance.result.priorities")}</h2>
<#if result.priorities()?has_content>
<ul><#list result.priorities() as line><li>${line.target().code()} ${line.target().label(lang.code()).value()}: ${line.decision().justification()}</li></#list></ul>
<#else><p>${t("relevance.result.priorities.none")}</p></#if>
<h2>${t("relevance.result.balance")}</h2>
<table><#list result.dimensionBalance() as d, n><tr><th>${t("goals.dimension." + d)}</th><td>${n}</td></tr></#list></table>
<h2>${t("relevance.result.heatmap")}</h2>
<#list result.frameworks() as fw>
<h3>${fw.name(lang.code()).value()}</h3>
<table>
  <tr><th>${t("relevance.result.target")}</th><#list result.units() as u><th>${u.name()}</th></#list><th>${t("relevance.result.overall")}</th><th>${t("relevance.prioritised")}</th></tr>
  <#list result.blocks()[fw.key()] as block><#list block.lines() as line>
  <tr><th>${line.target().code()}</th><#list line.cells() as cell><#if cell??><td class="${{"HIGH": "p3", "MEDIUM": "p2", "LOW": "p1", "NOT_RELEVANT": ""}[cell.name()]}">${t("relevance.level." + cell.name())}</td><#else><td>–</td></#if></#list>
    <td>${t("relevance.level." + line.overall().valueName()?has_content?then(line.overall().valueName(), "NONE"))}<#if line.overall().decided()> *</#if></td>
    <td><#if line.prioritised()>${t("relevance.prioritised")}</#if></td></tr>
  </#list></#list>
</table>
</#list>
<p>* ${t("relevance.report.decided-mark")}</p>
<h2>${t("relevance.swot.title")}</h2>
<#if swot?has_content>
<#list dimensions as d>
<#assign points = swot?filter(p -> p.row().dimension().name() == d)>
<#if points?has_content>
<h3>${t("goals.dimension." + d)}</h3>
<table>
  <tr><th>${t("relevance.swot.kind")}</th><th>${t("relevance.swot.text")}</th><th>${t("relevance.swot.targets")}</th><th>${t("relevance.swot.evidence")}</th></tr>
  <#list points as p><tr><th>${t("relevance.swot.kind." + p.row().kind().name())}</th><td>${p.row().text()}</td><td>${p.row().targetCodes()?join(", ")}</td>
    <td><#list p.cited() as e>${r.evidencePlain(e)}<#sep><br/></#sep></#list><#if p.gone() gt 0><#if p.cited()?has_content><br/></#if>${t("relevance.swot.cited-gone.plural", p.gone())}</#if></td></tr></#list>
</table>
</#if>
</#list>
<#else><p>${t("relevance.swot.none")}</p></#if>
<h2>${t("relevance.report.examples")}</h2>
<#if examples?has_content>
<table>
  <tr><th>${t("relevance.field.unit")}</th><th>${t("relevance.result.target")}</th><th>${t("relevance.report.example")}</th><th>${t("relevance.report.link")}</th></tr>
  <#list examples as c><tr><td>${c.unit()}</td><td>${c.target().code()}</td><td>${c.example().title()}</td><td>${c.example().href()}</td></tr></#list>
</table>
<#else><p>${t("relevance.report.examples.none")}</p></#if>
</@pdf.document>
