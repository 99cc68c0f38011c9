<#import "../layout.ftl" as layout>
<@layout.page title=t("consequence.title")>
<p class="lead">${t("consequence.lead")}</p>
<p class="actions"><#if canManage><a class="button" href="/consequence/new">${t("consequence.new")}</a> </#if><a class="button button--quiet" href="/consequence/prioritisation">${t("consequence.prio.title")}</a></p>
<h2 id="cases-heading">${t("consequence.cases")}</h2>
<#if cases?has_content>
<div class="table-wrap">
<table aria-labelledby="cases-heading">
  <thead><tr><th scope="col">${t("consequence.field.title")}</th><th scope="col">${t("consequence.field.decidingBody")}</th><th scope="col">${t("consequence.field.decisionDate")}</th><th scope="col">${t("consequence.field.unit")}</th></tr></thead>
  <tbody>
  <#list cases as c>
    <tr><th scope="row"><a href="/consequence/cases/${c.id()?c}">${c.title()}</a></th><td>${c.decidingBody()}</td><td>${(c.decisionDate()?? )?then(c.decisionDate()!"", "")}</td><td><#if c.unitId()??><bdi>${units[c.unitId()?c]!""}</bdi></#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("consequence.cases.none")}</p>
</#if>
</@layout.page>
