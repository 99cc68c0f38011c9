<#-- The report as XHTML for the PDF renderer, in the platform's print layout (never served to browsers). -->
<#import "../platform/pdf.ftl" as pdf>
<@pdf.document title=t("workshop.report.title", workshop.title())>
<p class="meta">${t("workshop.report.lead.plural", fmt.date(workshop.createdAt()), snapshot.participants())}</p>
<#list snapshot.activities() as a>
<#assign kind = a.activity().kind()?string>
<h2>${a.activity().position()}. ${a.activity().title()} (${t("workshop.kind." + kind)})</h2>
<#if a.activity().prompt()?has_content><p>${a.activity().prompt()}</p></#if>
<#if kind == "POLL" || kind == "RATING" || kind == "DOTS">
  <p>${t("workshop.respondents.plural", a.respondents())}</p>
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
<#elseif kind == "RELEVANCE">
  <#import "activities/relevance.ftl" as relevance>
  <@relevance.pdf a/>
<#else>
  <ul><#list a.items() as i><#if !i.hidden() && i.mergedInto() == 0><li>${i.text()}<#if i.name()?has_content> – ${i.name()}</#if><#if kind == "IDEAS" || kind == "QA"> (${t("workshop.votes.plural", i.votes())})</#if></li></#if></#list></ul>
</#if>
</#list>
</@pdf.document>
