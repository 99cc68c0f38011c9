<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#import "parts.ftl" as r>
<@layout.page title=t("relevance.unit.title", unit.name(), round.title() + " " + round.year()?c)>
<#if done?has_content><@f.notice "relevance.done." + done/></#if>
<@r.closedNotice round/>
<p>${t("relevance.deadline", round.deadline().toString())} · ${t("relevance.progress", unit.assessed(), unit.total())}<#if unit.submitted()> · ${t("relevance.submitted")}<#elseif unit.reminded()> · <@r.reminded unit/></#if></p>
<#if round.instructions()?has_content><h2>${t("relevance.field.instructions")}</h2><p class="pre-line">${round.instructions()}</p></#if>
<p>${t("relevance.unit.hint")}</p>
<#list frameworks as fs>
<h2 id="fw-${fs.framework().key()}"><@g.text fs.framework().name(lang.code())/></h2>
<div class="table-wrap">
<table aria-labelledby="fw-${fs.framework().key()}">
  <thead><tr><th scope="col">${t("relevance.goal")}</th><th scope="col">${t("relevance.progress.assessed")}</th><th scope="col">${t("relevance.unit.not-relevant")}</th></tr></thead>
  <tbody>
  <#list fs.goals() as gs>
  <tr>
    <th scope="row"><a href="/relevance/rounds/${round.id()?c}/units/${unit.row().unitId()?c}/goals/${gs.goal().id()?c}">${gs.goal().code()} <@g.text gs.goal().label(lang.code())/></a></th>
    <td>${t("relevance.progress", gs.assessed(), gs.total())}<#if gs.done()> ✓<span class="visually-hidden"> ${t("relevance.unit.goal-done")}</span></#if></td>
    <td>${gs.notRelevant()}</td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
</#list>
<#if !round.closed()>
<h2>${t("relevance.submit.title")}</h2>
<p>${t("relevance.submit.hint")}</p>
<form method="post" action="/relevance/rounds/${round.id()?c}/units/${unit.row().unitId()?c}/submit">
  <@f.csrfField/>
  <button type="submit" class="button">${t("relevance.submit")}</button>
</form>
</#if>
</@layout.page>
